import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { median } from './builds.ts';
import type { Measurement } from './run.ts';

/** How many small cells the lecture has, one a slide. */
const CELLS = 30;
/** Builds of each kind; their median is compared (one build varies by more than the 5% looked for). */
const BUILDS = 3;

/** A lecture of 30 slides, each with a small Python cell: run (```` ```{python} ````) or plain code (```` ```python ````). */
function lecture(executable: boolean): string {
  const fence = executable ? '```{python}' : '```python';
  const slides = Array.from({ length: CELLS }, (_, index) => {
    const cell = index === 0 ? 'import math\nvalues = []' : `values.append(math.sqrt(${index}))\nprint(f"{len(values)} values, last {values[-1]:.4f}")`;
    return `## Cell ${index + 1}\n\nStep ${index + 1} of the running example.\n\n${fence}\n${cell}\n\`\`\`\n`;
  });
  return `---\ntitle: Thirty cells\nnumber: 1\n---\n\n${slides.join('\n')}`;
}

/** A one-lecture course in `dir`, its cells run or plain. */
function writeCourse(dir: string, executable: boolean): void {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'lectures'), { recursive: true });
  writeFileSync(join(dir, 'course.yaml'), 'title: Executed Code Benchmark\nlecturers:\n  - name: A. Lecturer\n');
  writeFileSync(join(dir, 'lectures', '01-thirty-cells.md'), lecture(executable));
}


/** What running and freezing 30 small cells costs, against the same lecture with its code not run. */
export interface ExecutedResult {
  /** The lecture with plain code blocks: the full build. */
  plainBuildSeconds: number;
  /** `npm run execute` with no freeze yet: a kernel started and 30 cells run. */
  coldExecuteSeconds: number;
  /** The full build of the executed lecture from its freeze (no Python). */
  frozenBuildSeconds: number;
  executeOverPlain: number;
  frozenOverPlain: number;
}

/**
 * Measure, in `work`: the plain lecture's build, the cold execute of the executable one, and its build
 * from the freeze. `build(contentDir, outDir)` is a cold full build; `run(args)` runs the lecture-site command.
 */
export async function measureExecuted(
  work: string,
  build: (contentDir: string, outDir: string) => Promise<Measurement>,
  run: (args: string[]) => Promise<Measurement>,
): Promise<ExecutedResult> {
  const plainDir = join(work, 'cells-plain');
  const executedDir = join(work, 'cells-executed');
  writeCourse(plainDir, false);
  writeCourse(executedDir, true);
  const execute = await run(['execute', '--content', executedDir]);
  if (!execute.ok) throw new Error(`npm run execute failed on the benchmark lecture:\n${execute.output.slice(-1500)}`);

  const plain: number[] = [];
  const frozen: number[] = [];
  for (let round = 0; round < BUILDS; round++) {
    for (const [dir, times] of [[plainDir, plain], [executedDir, frozen]] as const) {
      const result = await build(dir, join(work, `${dir.split('/').at(-1)}-dist`));
      if (!result.ok) throw new Error(`the benchmark lecture did not build:\n${result.output.slice(-1500)}`);
      times.push(result.seconds);
    }
  }
  const round2 = (value: number) => Number(value.toFixed(2));
  const plainBuildSeconds = median(plain);
  return {
    plainBuildSeconds: round2(plainBuildSeconds),
    coldExecuteSeconds: round2(execute.seconds),
    frozenBuildSeconds: round2(median(frozen)),
    executeOverPlain: round2(execute.seconds / plainBuildSeconds),
    frozenOverPlain: Number((median(frozen) / plainBuildSeconds).toFixed(3)),
  };
}
