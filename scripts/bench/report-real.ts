import type { Timing } from './real-course.ts';
import type { Results } from './report.ts';
import type { PageWeight } from './weight.ts';

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const weight = (w: PageWeight) => `JS ${kb(w.jsRaw)} (${kb(w.jsGzip)} gzip), CSS ${kb(w.cssRaw)} (${kb(w.cssGzip)} gzip)`;
const verdict = (met: boolean) => (met ? 'met' : '**missed**');
const ratio = (a: number, b: number | undefined) => (b ? (a / b).toFixed(2) : '–');
const samples = (timing: Timing) => timing.samples.join(', ');

/** The real course's whole-process table, its lecture alone, dev and the built site. */
export function realCourseMarkdown({ realTimings: t, lectureCompile, devEdit, realSite: site }: Results): string {
  const marp = t.marp?.median;
  const line = (what: string, timing: Timing) =>
    `| ${what} | ${timing.median} | ${ratio(timing.median, t.floor.median)} | ${ratio(timing.median, marp)} | ${samples(timing)} |`;
  return `## The real course (content/: ${t.decks} published lectures, ${t.lectureFiles} lecture files)

Whole processes, median of ${t.runs} rounds; each round runs every command once, in this order: floor, check cold, build cold,
build warm, check warm, check uncached, Marp. *Cold*: no Astro cache folder (\`node_modules/.astro\`: Mermaid diagrams
drawn in Chromium, image facts read, every lecture compiled). *Warm*: the caches the previous build left. *Uncached*: the
caches of diagrams and image facts kept, the build's compiled lectures and formatted references removed, so the check
compiles every lecture. Commands run as \`node src/cli/bin.js …\` (what \`npm run check\` / \`npm run build\` run, without
npm's own start-up, which is the same for every command); the floor over the same ${t.lectureFiles} lecture files, Marp over the ${t.decks} published decks.

| command | median s | ×floor | ×Marp | samples s |
| --- | ---: | ---: | ---: | --- |
${line('floor (plain unified + KaTeX + Shiki)', t.floor)}
${line('`check`, warm', t.checkWarm)}
${line('`check`, uncached', t.checkUncached)}
${line('`check`, cold', t.checkCold)}
${line('`build`, warm', t.buildWarm)}
${line('`build`, cold', t.buildCold)}
${t.marp ? line('Marp CLI, the same decks', t.marp) : '| Marp CLI | not run | | | |'}

- A warm compile of ${lectureCompile.lecture} alone (${lectureCompile.slides} slides), in-process after one warm-up, median of
  ${lectureCompile.samplesMs.length}: ${lectureCompile.medianMs} ms (samples: ${lectureCompile.samplesMs.join(', ')} ms).
- \`npm run dev\`, ${lectureCompile.lecture} saved → the change visible in Chromium (median of ${devEdit.real.samplesMs.length}): ${devEdit.real.medianMs} ms
  (samples: ${devEdit.real.samplesMs.join(', ')} ms); the 40-slide synthetic lecture: ${devEdit.synthetic.medianMs} ms (samples: ${devEdit.synthetic.samplesMs.join(', ')} ms).
- Search in Chromium, first key → first result, median of ${site.search.typing.samplesMs.length} queries, each on a fresh page: typed a second after
  the box is focused (the search code and Pagefind load on focus) ${site.search.typing.medianMs} ms (samples: ${site.search.typing.samplesMs.join(', ')} ms);
  typed the moment it is focused (their loading on the way) ${site.search.first.medianMs} ms (samples: ${site.search.first.samplesMs.join(', ')} ms).
- PDFs: ${site.pdfSeconds} s for ${site.pdfPages} pages (${site.pdfSecondsPerPage} s/page).
- Deck page before interaction: ${weight(site.deckWeight)}.
- Notes page before interaction: ${weight(site.notesWeight)}; handler attributes, run only when a control is used: ${site.notesWeight.handlerRaw} bytes.
- dist/: ${kb(site.distBytes)}; search index ${kb(site.searchIndexBytes)} = ${site.searchIndexOverHtml}× the HTML.`;
}

/** Every target, met or missed, with the figure it is judged on. */
export function targetsMarkdown(json: Results): string {
  const { realTimings: t, realSite: site, sizes } = json;
  const floor = t.floor.median;
  const over = (timing: Timing, limit: number, what: string) =>
    `${what} ${timing.median} s = ${ratio(timing.median, floor)}× the floor (≤ ${limit}×): ${verdict(timing.median <= limit * floor)}`;
  const largest = sizes.at(-1)!;
  return `## Targets

- Real course, \`check\` ≤ 1.5× the floor: ${over(t.checkWarm, 1.5, 'warm')}; ${over(t.checkUncached, 1.5, 'uncached')}; ${over(t.checkCold, 1.5, 'cold')}.
- Real course, \`build\` ≤ 2× the floor: ${over(t.buildWarm, 2, 'warm')}; ${over(t.buildCold, 2, 'cold')}.
- A warm compile of the real ${json.lectureCompile.lecture} ≤ 150 ms: ${json.lectureCompile.medianMs} ms, ${verdict(json.lectureCompile.medianMs <= 150)}.
- \`npm run dev\` save → visible ≤ 300 ms (median): the real ${json.lectureCompile.lecture} ${json.devEdit.real.medianMs} ms, ${verdict(json.devEdit.real.medianMs <= 300)};
  the 40-slide synthetic lecture ${json.devEdit.synthetic.medianMs} ms, ${verdict(json.devEdit.synthetic.medianMs <= 300)}.
- Search typing → first result ≤ 100 ms: typed a second after the box is focused ${site.search.typing.medianMs} ms, ${verdict(site.search.typing.medianMs <= 100)};
  typed the moment it is focused ${site.search.first.medianMs} ms, ${verdict(site.search.first.medianMs <= 100)}.
- A cold build with ${json.figures.imagesPerLecture * 10} pictures ≤ 3× the same course without them: ${json.figures.coldOverPlain}×, ${verdict(json.figures.coldOverPlain <= 3)}.
- Synthetic courses, full build ≤ 2× the floor: ${verdict(sizes.every((s) => s.buildOverFloor <= 2))} (${sizes.map((s) => `${s.size}: ${s.buildOverFloor}×`).join(', ')});
  linear (≤ 1.05× the content ratio): ${verdict(Number(json.linearity) <= Number(json.contentRatio) * 1.05)};
  peak memory under 2 GiB at ${largest.slides} slides: ${verdict(largest.buildPeakMiB < 2048)}${largest.slides < 5000 ? ' (run `-- --full` for 5,000 slides)' : ''};
  ≥ 5× faster than Slidev: ${verdict(sizes.every((s) => s.oursOverSlidev !== undefined && s.oursOverSlidev <= 0.2))}.
- Deck JS ≤ 120 KB gzip: ${verdict(site.deckWeight.jsGzip <= 120 * 1024)}.
- A build from frozen outputs adds < 5% to the same lecture not run: ${verdict(json.executed.frozenOverPlain < 1.05)}.
- Notes page JS before any interaction: ${site.notesWeight.jsRaw} bytes (${site.notesWeight.jsGzip} gzip), ${site.notesWeight.jsGzip === 0 ? 'met' : `**missed** by the one inline script: it applies the reader's saved theme before the first paint (a remembered theme is asked for, and no stylesheet can read a saved choice)`}.
  No script file loads before use: the contents highlight is CSS (\`scroll-target-group\`), the copy and theme buttons carry their code as
  attributes, and the search code, then Pagefind, load on the first focus of the search box.

\`bench/changes.md\` records what each change for speed and memory did, with before and after measured side by side.`;
}
