import type { Element, ElementContent, Properties } from 'hast';
import type { CellOutput, RichOutput } from './outputs.ts';
import { sanitizeHtml } from './sanitize-html.ts';
import { sanitizeSvg } from './sanitize-svg.ts';

/**
 * One cell's outputs as page content. HTML and SVG outputs are sanitised here, so untrusted output
 * never reaches the page as it came; Markdown and LaTeX results are handed back as text for the
 * pipeline's own renderers (remark, KaTeX).
 */

/** A piece of a cell's rendered output. */
export type OutputPart =
  | { kind: 'hast'; node: Element }
  | { kind: 'markdown'; text: string }
  | { kind: 'latex'; text: string };

/** How to render the outputs. */
export interface OutputsToHastOptions {
  /** Alt text of the cell's figures (the cell's `fig-alt`); without it an image is marked decorative. */
  alt?: string;
  /** Prefix of the ids inside SVG figures, unique on the page (e.g. `cell-3-`); default from the content. */
  idPrefix?: string;
}

/** The mime types shown, best first: nbconvert's HTML order, without JavaScript and widgets (never run). */
const MIME_PRIORITY = ['text/html', 'text/markdown', 'image/svg+xml', 'text/latex', 'image/png', 'image/jpeg', 'text/plain'];

/** Base64 as Jupyter stores images (line breaks allowed). */
const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;

function element(tagName: string, properties: Properties, children: ElementContent[]): Element {
  return { type: 'element', tagName, properties, children };
}

function pre(className: string, text: string): OutputPart {
  return { kind: 'hast', node: element('pre', { className: ['cell-output', className] }, [{ type: 'text', value: text }]) };
}

/** An image's size from the output's metadata (`{"image/png": {"width": 640}}`), when given. */
function imageSize(output: RichOutput, mime: string): Properties {
  const size = output.metadata[mime];
  if (!size || typeof size !== 'object') return {};
  const { width, height } = size as { width?: unknown; height?: unknown };
  return {
    ...(typeof width === 'number' ? { width } : {}),
    ...(typeof height === 'number' ? { height } : {}),
  };
}

/** The part for one mime type of a rich output; undefined when its content is unusable (try the next type). */
function renderMime(output: RichOutput, mime: string, value: string, options: OutputsToHastOptions, index: number): OutputPart | undefined {
  switch (mime) {
    case 'text/html': {
      const children = sanitizeHtml(value);
      return children.length > 0 ? { kind: 'hast', node: element('div', { className: ['cell-output', 'cell-output-html'] }, children) } : undefined;
    }
    case 'text/markdown':
      return { kind: 'markdown', text: value };
    case 'text/latex':
      return { kind: 'latex', text: value };
    case 'image/svg+xml': {
      const svg = sanitizeSvg(value, options.idPrefix === undefined ? undefined : `${options.idPrefix}${index}-`);
      if (!svg) return undefined;
      if (options.alt) Object.assign(svg.properties, { role: 'img', ariaLabel: options.alt });
      return { kind: 'hast', node: element('div', { className: ['cell-output', 'cell-output-svg'] }, [svg]) };
    }
    case 'image/png':
    case 'image/jpeg': {
      const data = value.replace(/\s+/g, '');
      if (!BASE64.test(data)) return undefined;
      const img = element('img', { src: `data:${mime};base64,${data}`, alt: options.alt ?? '', ...imageSize(output, mime) }, []);
      return { kind: 'hast', node: element('div', { className: ['cell-output', 'cell-output-image'] }, [img]) };
    }
    default:
      return pre('cell-output-text', value);
  }
}

/** The best-ranked mime type of a rich output that renders. */
function renderRich(output: RichOutput, options: OutputsToHastOptions, index: number): OutputPart[] {
  for (const mime of MIME_PRIORITY) {
    const value = output.data[mime];
    if (typeof value !== 'string') continue;
    const part = renderMime(output, mime, value, options, index);
    if (part) return [part];
  }
  return [];
}

/** Render a cell's outputs in order: streams and tracebacks as `<pre>`, rich outputs by mime priority. */
export function outputsToHast(outputs: readonly CellOutput[], options: OutputsToHastOptions = {}): OutputPart[] {
  return outputs.flatMap((output, index): OutputPart[] => {
    switch (output.output_type) {
      case 'stream':
        return [pre(`cell-${output.name}`, output.text)];
      case 'error':
        return [pre('cell-error', output.traceback.join('\n'))];
      default:
        return renderRich(output, options, index);
    }
  });
}
