import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Element } from 'hast';
import type { MermaidConfig } from 'mermaid';
import { createMermaidRenderer } from 'mermaid-isomorphic';
import { CHROMIUM_ARGS, findChromium } from '../headless/chromium.ts';
import { diagramKey, diskCache, type DiagramCache } from './diagram-cache.ts';
import { diagramSyntaxError, missingAltError, type DiagramError } from './mermaid-errors.ts';
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

/** Where and how to render. */
export interface RenderDiagramsOptions {
  /** Folder of the on-disk cache (kept between builds). */
  cacheDir: string;
  /** Course colours; the default accent when omitted. */
  theme?: CourseTheme;
}

/** The Mermaid release that draws the diagrams: part of every cache key, so an upgrade redraws them. */
export const MERMAID_VERSION: string = JSON.parse(readFileSync(fileURLToPath(import.meta.resolve('mermaid/package.json')), 'utf8')).version;

// The page's font, loaded in the renderer's page so Mermaid measures labels in the font readers see.
const FONT_CSS = import.meta.resolve('@fontsource-variable/source-sans-3');

/** One SVG to draw: a diagram in one variant. */
interface Job {
  key: string;
  code: string;
  variant: DiagramVariant;
  config: MermaidConfig;
}

/** A drawn SVG, or why Mermaid refused. */
type Drawn = { svg: string } | { reason: unknown };

/** Draw the jobs not in the cache, every variant in the same browser launch; cache what succeeded. */
async function draw(jobs: Job[], cache: DiagramCache): Promise<Map<string, Drawn>> {
  const unique = [...new Map(jobs.map((job) => [job.key, job])).values()];
  const drawn = new Map<string, Drawn>();
  const cached = await Promise.all(unique.map((job) => cache.get(job.key)));
  unique.forEach((job, index) => { if (cached[index] !== undefined) drawn.set(job.key, { svg: cached[index] }); });
  const missing = unique.filter((job) => !drawn.has(job.key));
  if (missing.length === 0) return drawn;

  const render = createMermaidRenderer({ launchOptions: { executablePath: findChromium(), args: CHROMIUM_ARGS } });
  // Started together, so the renderer keeps one browser open for both variants.
  await Promise.all(DIAGRAM_VARIANTS.map(async (variant) => {
    const batch = missing.filter((job) => job.variant === variant);
    if (batch.length === 0) return;
    const results = await render(batch.map((job) => job.code), { css: FONT_CSS, mermaidConfig: batch[0]!.config });
    await Promise.all(results.map(async (result, index) => {
      const { key } = batch[index]!;
      if (result.status === 'rejected') return void drawn.set(key, { reason: result.reason });
      drawn.set(key, { svg: result.value.svg });
      await cache.set(key, result.value.svg);
    }));
  }));
  return drawn;
}

/** Both variants of one diagram as page elements, or its first problem. */
function assemble(diagram: Diagram, light: Drawn, dark: Drawn, idPrefix: string): DiagramResult {
  if ('reason' in light) return { error: diagramSyntaxError(diagram.code, diagram.line, light.reason) };
  if ('reason' in dark) return { error: diagramSyntaxError(diagram.code, diagram.line, dark.reason) };
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
 * Render ```mermaid diagrams to inline SVG at build time, in the course's
 * colours and font, a light and a dark variant each (results in the order of
 * `diagrams`). Diagrams already in `cacheDir` cost a file read; the rest are
 * drawn in one Chromium launch. Ids are unique per diagram (from its content,
 * numbered when the same diagram comes twice), so many fit on one page.
 */
export async function renderDiagrams(diagrams: Diagram[], options: RenderDiagramsOptions): Promise<DiagramResult[]> {
  const theme = options.theme ?? { accent: DEFAULT_ACCENT };
  const configs = new Map(DIAGRAM_VARIANTS.map((variant) => [variant, mermaidConfig(theme, variant)]));
  const jobsOf = (diagram: Diagram) => Object.fromEntries(DIAGRAM_VARIANTS.map((variant) => {
    const config = configs.get(variant)!;
    return [variant, { variant, config, code: diagram.code, key: diagramKey({ code: diagram.code, config, mermaid: MERMAID_VERSION }) }];
  })) as Record<DiagramVariant, Job>;
  const jobs = diagrams.map(jobsOf);
  const drawn = await draw(jobs.flatMap((pair) => Object.values(pair)), diskCache(options.cacheDir));
  const seen = new Map<string, number>();
  return diagrams.map((diagram, index) => {
    const { light, dark } = jobs[index]!;
    const count = (seen.get(light.key) ?? 0) + 1;
    seen.set(light.key, count);
    const idPrefix = `diagram-${light.key.slice(0, 10)}${count > 1 ? `-${count}` : ''}`;
    return assemble(diagram, drawn.get(light.key)!, drawn.get(dark.key)!, idPrefix);
  });
}
