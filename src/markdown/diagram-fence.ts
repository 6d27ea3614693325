import type { Code, Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { parseMermaidFence } from '../figures/mermaid-fence.ts';
import type { Diagram } from '../figures/mermaid.ts';
import { readCellOptions } from './pandoc/cell-options.ts';
import type { Attributes } from './pandoc/types.ts';

/** A ```mermaid fence of a lecture, as drawn and as placed. */
export interface DiagramFence {
  /** The diagram's text, as Mermaid reads it (option lines removed). */
  code: string;
  /** Lines between the opening fence and `code` (its `%%|` / `#|` option lines). */
  optionLines: number;
  /** What it shows, for readers who cannot see it: `alt="…"` or `fig-alt`, else its caption. */
  alt?: string;
  /** Its cross-reference label (`fig-…`): `#| label:`, `label=` or `{#fig-…}`. */
  label?: string;
  /** Its caption: `#| fig-cap:` or `fig-cap=`. */
  caption?: string;
}

/** Option lines that cannot be read as YAML: where and why. */
export interface DiagramFenceProblem {
  /** 0-based line within the fence's content. */
  line: number;
  reason: string;
}

/** Both ways the same question can be asked of a fence: `key=` on the fence or `#| key:` in it. */
const text = (value: unknown) => (typeof value === 'string' && value.trim() ? value.trim() : undefined);

/** A fence's attributes and option lines: from the syntax layer when it read them, else from the info string. */
function fenceParts(node: Code): { attributes: Attributes; options: Record<string, unknown>; optionLines: number } | undefined {
  if (node.lang === 'mermaid' && node.data?.executable) {
    return { attributes: node.data.attributes ?? { classes: [], values: {} }, options: node.data.cellOptions ?? {}, optionLines: node.data.cellOptionLines ?? 0 };
  }
  // The syntax layer reads ```{.mermaid} as plain code with a class, as Quarto does: not a diagram.
  if (node.data?.attributes) return undefined;
  const attributes = parseMermaidFence(node.lang, node.meta);
  return attributes && { attributes, options: {}, optionLines: 0 };
}

/**
 * Read a fenced code block as a Mermaid diagram (undefined when it is other
 * code): its text and what its attributes and option lines say (Quarto
 * writes `%%|` lines in a mermaid cell; `#|` lines work too). Both the
 * Markdown pipeline and the pass that draws a course's diagrams before it
 * read fences here (on the same tree), so they agree on every diagram's text.
 */
export function readDiagramFence(node: Code): DiagramFence | DiagramFenceProblem | undefined {
  const parts = fenceParts(node);
  if (!parts) return undefined;
  let { options, optionLines } = parts;
  let code = node.value;
  for (const prefix of ['%%|', '#|']) {
    const read = readCellOptions(code, prefix);
    if (!read.ok) return { line: optionLines + read.line, reason: read.reason };
    if (read.lines === 0) continue;
    options = { ...options, ...read.options };
    optionLines += read.lines;
    code = read.code;
  }
  const { attributes } = parts;
  const fence: DiagramFence = { code, optionLines };
  const label = text(options.label) ?? text(attributes.id) ?? text(attributes.values.label);
  const caption = text(options['fig-cap']) ?? text(attributes.values['fig-cap']);
  // A caption says what the diagram shows too: it names the picture when no alt text is given.
  const alt = text(attributes.values.alt) ?? text(options['fig-alt']) ?? text(attributes.values['fig-alt']) ?? caption;
  return { ...fence, ...(alt && { alt }), ...(label && { label }), ...(caption && { caption }) };
}

/** Whether reading a fence found a problem rather than a diagram. */
export function isFenceProblem(read: DiagramFence | DiagramFenceProblem): read is DiagramFenceProblem {
  return 'reason' in read;
}

/** The key a drawn diagram is found by: everything its drawing depends on in the lecture (its text and alt text). */
export function diagramId(fence: Pick<DiagramFence, 'code' | 'alt'>): string {
  return JSON.stringify([fence.code, fence.alt ?? null]);
}

/** Every diagram of a lecture's tree, each once, to draw before the rest of the compile runs on the tree. */
export function diagramsOf(tree: Root): Diagram[] {
  const diagrams = new Map<string, Diagram>();
  visit(tree, 'code', (node) => {
    const fence = readDiagramFence(node);
    // A drawing's errors come back relative to the fence's first line: remark-diagrams places them.
    if (fence && !isFenceProblem(fence)) diagrams.set(diagramId(fence), { code: fence.code, line: 0, ...(fence.alt && { alt: fence.alt }) });
  });
  return [...diagrams.values()];
}
