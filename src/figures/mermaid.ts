import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Element } from 'hast';
import type { MermaidConfig } from 'mermaid';
import { CHROMIUM_ARGS, locateChromium } from '../headless/chromium.ts';
import { diagramKey, type DiagramStore } from './diagram-store.ts';
import { diagramSyntaxError, missingAltError, notDrawnError, type DiagramError } from './mermaid-errors.ts';
import { DEFAULT_ACCENT, DIAGRAM_VARIANTS, mermaidConfig, type CourseTheme, type DiagramVariant } from './mermaid-theme.ts';
import { diagramElement, parseSvg, svgText } from './svg-element.ts';

/** One ```mermaid fence of a lecture. */
export interface Diagram {
  /** The diagram's text (inside the fence). */
  code: string;
  /** Line of the opening fence in the lecture file. */
  line: number;
  /** The fence's `alt="…"`: what the diagram shows, for readers who cannot see it. */
  alt?: string;
}

/** A rendered diagram: the same picture for light and for dark pages. */
export interface RenderedDiagram {
  light: Element;
  dark: Element;
}

/** What became of one diagram: both SVGs, or an error located in the lecture. */
export type DiagramResult = RenderedDiagram | { error: DiagramError };

/** Diagrams to render together (a lecture's), and the store their drawings are kept in. */
export interface DiagramSet {
  diagrams: readonly Diagram[];
  store: DiagramStore;
}

/** The Mermaid release that draws the diagrams: part of every drawing's key, so an upgrade redraws them. */
export const MERMAID_VERSION: string = JSON.parse(readFileSync(fileURLToPath(import.meta.resolve('mermaid/package.json')), 'utf8')).version;

// The page's font, loaded in the renderer's page so Mermaid measures labels in the font readers see.
const FONT_CSS = import.meta.resolve('@fontsource-variable/source-sans-3');

/** One SVG to draw: a diagram in one variant, keyed by everything the drawing depends on. */
interface Job {
  key: string;
  /** Its file name in a store: the key's start and the variant, so a reader of the folder tells light from dark. */
  name: string;
  code: string;
  variant: DiagramVariant;
  config: MermaidConfig;
}

/** A drawn SVG, why Mermaid refused, or why it could not be drawn at all (no Chromium). */
type Drawn = { svg: string } | { reason: unknown } | { missing: string };

/** Draw the jobs in one browser launch, both variants at once; without a Chromium, each is missing. */
async function draw(jobs: readonly Job[]): Promise<Map<string, Drawn>> {
  const drawn = new Map<string, Drawn>();
  if (jobs.length === 0) return drawn;
  const chromium = locateChromium();
  if ('missing' in chromium) {
    for (const job of jobs) drawn.set(job.key, { missing: chromium.missing });
    return drawn;
  }
  // Loaded only when something must be drawn: the renderer brings Mermaid and Playwright.
  const { createMermaidRenderer } = await import('mermaid-isomorphic');
  const render = createMermaidRenderer({ launchOptions: { executablePath: chromium.path, args: CHROMIUM_ARGS } });
  // Started together, so the renderer keeps one browser open for both variants.
  await Promise.all(DIAGRAM_VARIANTS.map(async (variant) => {
    const batch = jobs.filter((job) => job.variant === variant);
    if (batch.length === 0) return;
    const results = await render(batch.map((job) => job.code), { css: FONT_CSS, mermaidConfig: batch[0]!.config });
    results.forEach((result, index) => {
      drawn.set(batch[index]!.key, result.status === 'rejected' ? { reason: result.reason } : { svg: result.value.svg });
    });
  }));
  return drawn;
}

/** Why a drawing is not there, as the lecture's error; undefined when it is. */
function drawingError(diagram: Diagram, drawn: Drawn): DiagramError | undefined {
  if ('missing' in drawn) return notDrawnError(diagram.line, drawn.missing);
  if ('reason' in drawn) return diagramSyntaxError(diagram.code, diagram.line, drawn.reason);
  return undefined;
}

/** Both variants of one diagram as page elements, or its first problem. */
function assemble(diagram: Diagram, light: Drawn, dark: Drawn, idPrefix: string): DiagramResult {
  if (!('svg' in light) || !('svg' in dark)) return { error: (drawingError(diagram, light) ?? drawingError(diagram, dark))! };
  const lightSvg = parseSvg(light.svg);
  const text = svgText(lightSvg);
  const label = diagram.alt?.trim() || text.title || text.description;
  if (!label) return { error: missingAltError(diagram.line) };
  return {
    light: diagramElement(lightSvg, { idPrefix: `${idPrefix}-light`, variant: 'light', label }),
    dark: diagramElement(parseSvg(dark.svg), { idPrefix: `${idPrefix}-dark`, variant: 'dark', label }),
  };
}

/**
 * Render sets of ```mermaid diagrams to inline SVG, in the course's colours and font, a light and a
 * dark variant each (results by set, in the order of its diagrams). A drawing found in any set's
 * store costs a file read; the rest are drawn in one Chromium launch for all sets, and each set's
 * store gets what it lacked. With no Chromium, a diagram not stored is an error at its fence.
 * Ids are unique per diagram (from its content, numbered when the same diagram comes twice in a set).
 */
export async function renderDiagrams(sets: readonly DiagramSet[], { theme = { accent: DEFAULT_ACCENT } }: { theme?: CourseTheme } = {}): Promise<DiagramResult[][]> {
  const configs = new Map(DIAGRAM_VARIANTS.map((variant) => [variant, mermaidConfig(theme, variant)]));
  const jobsOf = (diagram: Diagram) => Object.fromEntries(DIAGRAM_VARIANTS.map((variant) => {
    const config = configs.get(variant)!;
    const key = diagramKey({ code: diagram.code, config, mermaid: MERMAID_VERSION });
    return [variant, { variant, config, code: diagram.code, key, name: `${key.slice(0, 20)}-${variant}` }];
  })) as Record<DiagramVariant, Job>;
  const jobs = sets.map((set) => set.diagrams.map(jobsOf));
  const unique = (list: readonly Job[]) => [...new Map(list.map((job) => [job.key, job])).values()];
  const setJobs = jobs.map((pairs) => unique(pairs.flatMap((pair) => [pair.light, pair.dark])));

  const stored = await Promise.all(sets.map((set, index) => Promise.all(setJobs[index]!.map((job) => set.store.get(job.name)))));
  const found = new Map<string, Drawn>();
  setJobs.forEach((list, index) => list.forEach((job, at) => {
    const svg = stored[index]![at];
    if (svg !== undefined) found.set(job.key, { svg });
  }));
  const drawn = await draw(unique(setJobs.flat()).filter((job) => !found.has(job.key)));
  for (const [key, result] of drawn) found.set(key, result);
  // Each set keeps what it uses, drawn now or by another lecture before (syntax errors are never kept).
  await Promise.all(sets.map((set, index) => Promise.all(setJobs[index]!.map(async (job, at) => {
    const result = found.get(job.key)!;
    if (stored[index]![at] === undefined && 'svg' in result) await set.store.set(job.name, result.svg);
  }))));

  return sets.map((set, index) => {
    const seen = new Map<string, number>();
    return jobs[index]!.map(({ light, dark }, at) => {
      const count = (seen.get(light.key) ?? 0) + 1;
      seen.set(light.key, count);
      const idPrefix = `diagram-${light.key.slice(0, 10)}${count > 1 ? `-${count}` : ''}`;
      return assemble(set.diagrams[at]!, found.get(light.key)!, found.get(dark.key)!, idPrefix);
    });
  });
}
