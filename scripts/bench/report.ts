import type { ExecutedResult } from './executed.ts';
import type { LectureCompileTiming } from './lecture-compile.ts';
import type { RealCourseTimings } from './real-course.ts';
import type { SearchTiming } from './search-latency.ts';
import { realCourseMarkdown, targetsMarkdown } from './report-real.ts';
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

/** Save → the change visible in a browser on `npm run dev`: median and every sample. */
export interface DevEditTiming {
  medianMs: number;
  samplesMs: number[];
}

/** Everything bench/results.md reports. */
export interface Results {
  date: string;
  cores: number;
  node: string;
  anchorProblems: { marp?: string; slidev?: string };
  sizes: SizeRow[];
  linearity?: number;
  contentRatio?: number;
  /** A lecture of 30 small code cells: run cold, and built from its freeze, against the same lecture not run. */
  executed: ExecutedResult;
  /** The cost of figures: a course with pictures and diagrams against the same course without them. */
  figures: {
    size: string; diagramsPerLecture: number; imagesPerLecture: number;
    plainColdSeconds: number; plainCachedSeconds: number; coldSeconds: number; cachedSeconds: number;
    coldOverPlain: number; cachedOverPlain: number; coldPeakMiB: number;
    coldPhases: Record<string, number>; cachedPhases: Record<string, number>;
  };
  /** The real course as whole processes against the floor and Marp. */
  realTimings: RealCourseTimings;
  /** A warm compile of one real lecture alone, in-process. */
  lectureCompile: LectureCompileTiming;
  /** `npm run dev`, save → visible: the 40-slide synthetic lecture and the real lecture. */
  devEdit: { synthetic: DevEditTiming; real: DevEditTiming };
  /** The built real course: PDFs, search, page weight, sizes. */
  realSite: {
    pdfSeconds: number; pdfPages: number; pdfSecondsPerPage: number;
    /** First key → first result: typed the moment the box is focused, and after a reader's pause. */
    search: { first: SearchTiming; typing: SearchTiming };
    deckWeight: PageWeight; notesWeight: PageWeight; distBytes: number; searchIndexBytes: number; htmlBytes: number; searchIndexOverHtml: number;
  };
}

const perDeck = (seconds: number | undefined, decks: number) => (seconds === undefined ? '–' : (seconds / decks).toFixed(2));
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

/** bench/results.md: the synthetic courses, figures, executed code, the real course, and each target met or missed. */
export function resultsMarkdown(json: Results): string {
  const slidevNote = json.sizes.filter((s) => s.slidevDecksBuilt !== undefined && s.slidevDecksBuilt < s.decks)
    .map((s) => `${s.size}: ${s.slidevDecksBuilt} of ${s.decks} decks built, scaled`).join('; ');
  return `# Benchmark results

Run ${json.date} on ${json.cores} cores, Node ${json.node}. Ratios matter; absolute times vary from run to run.
The *floor* is \`scripts/bench/floor.ts\`: the same lecture Markdown (frontmatter stripped) through plain unified +
remark-parse + remark-gfm + remark-math + remark-rehype + rehype-katex + Shiki (@shikijs/rehype, the same two themes)
+ rehype-stringify in one Node process, importing nothing of this project. Every ratio below is to it, or to Marp on
the same decks.

${realCourseMarkdown(json)}

## Synthetic courses

| size (lectures×slides) | slides | full build s | peak MiB | ms/slide | floor s | build/floor | ours s/deck | Marp s | Marp s/deck | ours/Marp | Slidev s* | Slidev s/deck | ours/Slidev |
| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |
${json.sizes.map(row).join('\n')}

Cold builds (no Astro cache), one each. *Slidev builds one deck per process and so is run deck by deck${slidevNote ? ` (${slidevNote})` : ''}.
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

${targetsMarkdown(json)}
`;
}
