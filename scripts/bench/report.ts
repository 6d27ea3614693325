import type { ExecutedResult } from './executed.ts';
import type { PageWeight } from './weight.ts';

/** One course size as written to bench/results.json. */
export interface SizeRow {
  size: string;
  slides: number;
  decks: number;
  buildSeconds: number;
  buildPeakMiB: number;
  /** Seconds of each phase of the full build, as it prints them (compile, astro, search). */
  phases: Record<string, number>;
  msPerSlide: number;
  floorSeconds: number;
  buildOverFloor: number;
  marpSeconds?: number;
  oursOverMarp?: number;
  slidevSeconds?: number;
  slidevDecksBuilt?: number;
  oursOverSlidev?: number;
}

/** Everything bench/results.md reports. */
export interface Results {
  date: string;
  cores: number;
  node: string;
  anchorProblems: { marp?: string; slidev?: string };
  sizes: SizeRow[];
  /** A lecture of 30 small code cells: run cold, and built from its freeze, against the same lecture not run. */
  executed: ExecutedResult;
  /** The cost of figures: a course with pictures and diagrams against the same course without them. */
  figures: {
    size: string; diagramsPerLecture: number; imagesPerLecture: number;
    plainColdSeconds: number; plainCachedSeconds: number; coldSeconds: number; cachedSeconds: number;
    coldOverPlain: number; cachedOverPlain: number; coldPeakMiB: number;
    coldPhases: Record<string, number>; cachedPhases: Record<string, number>;
  };
  linearity?: number;
  contentRatio?: number;
  realCourse: {
    buildSeconds: number; pdfSeconds: number; pdfPages: number; pdfSecondsPerPage: number; searchLatencyMs: number;
    /** Save → the change visible in a browser on `npm run dev`, 40-slide lecture: median and every sample. */
    devEditMs: number; devEditSamplesMs: number[];
    deckWeight: PageWeight; notesWeight: PageWeight; distBytes: number; searchIndexBytes: number; searchIndexOverHtml: number;
  };
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const weight = (w: PageWeight) => `JS ${kb(w.jsRaw)} (${kb(w.jsGzip)} gzip), CSS ${kb(w.cssRaw)} (${kb(w.cssGzip)} gzip)`;
const perDeck = (seconds: number | undefined, decks: number) => (seconds === undefined ? '–' : (seconds / decks).toFixed(2));
const verdict = (met: boolean) => (met ? 'met' : '**missed**');
const phaseList = (phases: Record<string, number>) => Object.entries(phases).map(([phase, seconds]) => `${phase} ${seconds} s`).join(', ');

function row(s: SizeRow): string {
  const cells = [
    s.size, s.slides, s.buildSeconds, s.buildPeakMiB, s.msPerSlide, s.floorSeconds, s.buildOverFloor,
    perDeck(s.buildSeconds, s.decks),
    s.marpSeconds ?? '–', perDeck(s.marpSeconds, s.decks), s.oursOverMarp ?? '–',
    s.slidevSeconds ?? '–', perDeck(s.slidevSeconds, s.decks), s.oursOverSlidev ?? '–',
  ];
  return `| ${cells.join(' | ')} |`;
}

function anchorProblemsLine(problems: Results['anchorProblems']): string {
  const lines = Object.entries(problems).map(([tool, problem]) => `${tool}: ${problem}`);
  return lines.length === 0 ? 'none' : lines.join('; ');
}

/** bench/results.md: the table, the real course's figures, and each target met or missed. */
export function resultsMarkdown(json: Results): string {
  const real = json.realCourse;
  const slidevNote = json.sizes.filter((s) => s.slidevDecksBuilt !== undefined && s.slidevDecksBuilt < s.decks)
    .map((s) => `${s.size}: ${s.slidevDecksBuilt} of ${s.decks} decks built, scaled`).join('; ');
  const largest = json.sizes.at(-1)!;
  return `# Benchmark results

Run ${json.date} on ${json.cores} cores, Node ${json.node}. Ratios matter; absolute times vary from run to run.

| size (lectures×slides) | slides | full build s | peak MiB | ms/slide | floor s | build/floor | ours s/deck | Marp s | Marp s/deck | ours/Marp | Slidev s* | Slidev s/deck | ours/Slidev |
| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |
${json.sizes.map(row).join('\n')}

*Slidev builds one deck per process and so is run deck by deck${slidevNote ? ` (${slidevNote})` : ''}.
Peak MiB: resident memory of the build's whole process tree, sampled every 50 ms.
Full build by phase: ${json.sizes.map((s) => `${s.size}: ${phaseList(s.phases)}`).join('; ')}.
Linearity: ${json.contentRatio ?? '–'}× the content took ${json.linearity ?? '–'}× the build time.
Anchor problems: ${anchorProblemsLine(json.anchorProblems)}.

## Executed code

A lecture of 30 slides with a small Python cell each. Built with its code as plain code blocks: ${json.executed.plainBuildSeconds} s.
\`npm run execute\` with nothing frozen yet (a Jupyter kernel started, 30 cells run, the freeze written):
${json.executed.coldExecuteSeconds} s = ${json.executed.executeOverPlain}× that build. Built from the freeze (no Python):
${json.executed.frozenBuildSeconds} s = ${json.executed.frozenOverPlain}× (medians of three builds each).

## Figures

The ${json.figures.size} course with ${json.figures.diagramsPerLecture} Mermaid diagrams and ${json.figures.imagesPerLecture} pictures per lecture (every one
different; one in eight a 1600×1200 photograph, the rest 1200×800 charts), against the same course without them:

| build | without s | with s | with/without |
| --- | ---: | ---: | ---: |
| cold (no cache: diagrams drawn, pictures made into AVIF and WebP) | ${json.figures.plainColdSeconds} | ${json.figures.coldSeconds} | ${json.figures.coldOverPlain} |
| cached (diagrams and pictures kept from the cold build) | ${json.figures.plainCachedSeconds} | ${json.figures.cachedSeconds} | ${json.figures.cachedOverPlain} |

Cold build with figures by phase: ${phaseList(json.figures.coldPhases)}; peak ${json.figures.coldPeakMiB} MiB. Cached: ${phaseList(json.figures.cachedPhases)}.

## The real course

- Full build: ${real.buildSeconds} s. PDFs: ${real.pdfSeconds} s for ${real.pdfPages} pages (${real.pdfSecondsPerPage} s/page).
- Search latency in Chromium (typing to first result, median): ${real.searchLatencyMs} ms.
- \`npm run dev\`, a 40-slide lecture saved → the change visible in Chromium (median of ${real.devEditSamplesMs.length}): ${real.devEditMs} ms (samples: ${real.devEditSamplesMs.join(', ')} ms).
- Deck page before interaction: ${weight(real.deckWeight)}.
- Notes page before interaction: ${weight(real.notesWeight)}; handler attributes, run only when a control is used: ${real.notesWeight.handlerRaw} bytes.
- dist/: ${kb(real.distBytes)}; search index ${kb(real.searchIndexBytes)} = ${real.searchIndexOverHtml}× the HTML.

## Reading the numbers

- Every measured build starts without Astro's cache of rendered Markdown (\`node_modules/.astro\`).
- The full build is \`npm run build\`: Astro's content loader compiles every lecture once with the core
  (the floor's work, \`src/compile/\`), keeps each compile in a file beside Astro's content store (which
  Astro bundles into the build), then Astro writes the pages and Pagefind indexes them. \`bench/changes.md\`
  records what each change for speed and memory did.
- Targets: full build ≤ 2× floor: ${verdict(json.sizes.every((s) => s.buildOverFloor <= 2))};
  linear (≤ 1.05× the content ratio): ${verdict(Number(json.linearity) <= Number(json.contentRatio) * 1.05)};
  peak memory under 2 GiB at ${largest.slides} slides: ${verdict(largest.buildPeakMiB < 2048)}${largest.slides < 5000 ? ' (run `-- --full` for 5,000 slides)' : ''};
  ≥ 5× faster than Slidev: ${verdict(json.sizes.every((s) => s.oursOverSlidev !== undefined && s.oursOverSlidev <= 0.2))};
  deck JS ≤ 120 KB gzip: ${verdict(real.deckWeight.jsGzip <= 120 * 1024)};
  dev edit → visible ≤ 300 ms (median): ${verdict(real.devEditMs <= 300)};
  a build from frozen outputs adds < 5% to the same lecture not run: ${verdict(json.executed.frozenOverPlain < 1.05)};
  notes page JS before any interaction: ${real.notesWeight.jsRaw} bytes (${real.notesWeight.jsGzip} gzip), ${real.notesWeight.jsGzip === 0 ? 'met' : `**missed** by the one inline script: it applies the reader's saved theme before the first paint (a remembered theme is asked for, and no stylesheet can read a saved choice)`}.
  No script file loads before use: the contents highlight is CSS (\`scroll-target-group\`), the copy and theme buttons carry their code as
  attributes, and the search code, then Pagefind, load on the first focus of the search box.
`;
}
