import type { Element, ElementContent } from 'hast';
import type { Code, Node, Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import type { DiagramResult, RenderedDiagram } from '../figures/mermaid.ts';
import { scopeSvgIds } from '../figures/svg-ids.ts';
import { addCrossrefTarget, crossrefKindOf } from './crossrefs.ts';
import { diagramId, isFenceProblem, readDiagramFence, type DiagramFence } from './diagram-fence.ts';
import { reportError } from './diagnostics.ts';
import { holdContent } from './held-content.ts';

/** A lecture's diagrams as drawn before its compile, by `diagramId`; error lines count from the fence's first content line. */
export type LectureDiagrams = ReadonlyMap<string, DiagramResult>;

/** A drawn diagram in the tree: the element its two SVGs (and caption) are held for, and its natural size for the overflow check. */
export interface DiagramNode extends Node {
  type: 'diagram';
  data: { hName: 'div' | 'figure'; hProperties: Record<string, string | string[]>; size: { width: number; height: number } };
}

declare module 'mdast' {
  interface RootContentMap {
    diagram: DiagramNode;
  }
}

declare module 'vfile' {
  interface DataMap {
    /** The lecture's diagrams, drawn before the compile (src/course-files/read-diagrams.ts). */
    diagrams: LectureDiagrams;
  }
}

/** A drawn diagram's size in CSS pixels, from its viewBox. */
function sizeOf(svg: Element): { width: number; height: number } {
  const [, , width = 0, height = 0] = String(svg.properties.viewBox ?? '').split(/[\s,]+/).map(Number);
  return { width, height };
}

/** A `<figcaption>` like an image figure's: "**Figure N:** caption", or the caption alone for an unlabelled figure. */
function caption(text: string | undefined, number: number | undefined): Element {
  const children: ElementContent[] = [];
  if (number !== undefined) children.push({ type: 'element', tagName: 'strong', properties: {}, children: [{ type: 'text', value: `Figure ${number}:` }] });
  if (text) children.push({ type: 'text', value: number === undefined ? text : ` ${text}` });
  return { type: 'element', tagName: 'figcaption', properties: {}, children };
}

/** The diagram's node: a figure (numbered when labelled `fig-…`) when it has a label or caption, else a plain block. */
function diagramNode(fence: DiagramFence, drawn: RenderedDiagram, code: Code, file: VFile): DiagramNode {
  const svgs = [drawn.light, drawn.dark];
  const size = sizeOf(drawn.light);
  if (!fence.label && !fence.caption) {
    return { type: 'diagram', position: code.position, data: { hName: 'div', hProperties: { className: ['diagram-block'], dataHeld: holdContent(file, svgs) }, size } };
  }
  const target = fence.label && crossrefKindOf(fence.label) === 'fig' ? addCrossrefTarget(file, fence.label, 'fig', code.position) : undefined;
  // Drawn SVG is safe as drawn (Mermaid's strict security level, src/figures/mermaid-theme.ts) but is not HTML a lecturer may write: held past the HTML policy.
  const hProperties: Record<string, string | string[]> = { className: ['figure', 'diagram-figure'], dataHeld: holdContent(file, [...svgs, caption(fence.caption, target?.number)]) };
  if (fence.label) hProperties.id = fence.label;
  return { type: 'diagram', position: code.position, data: { hName: 'figure', hProperties, size } };
}

/**
 * Put each ```mermaid diagram in place, drawn at build time (light and
 * dark SVG, no script). A diagram Mermaid cannot read, or one without a
 * text alternative, is an error at its line; one with a `fig-…` label and
 * a caption becomes a numbered figure `@fig-…` can point at. Diagrams not
 * drawn beforehand (a pipeline run on its own) stay code.
 */
export default function remarkDiagrams() {
  return (tree: Root, file: VFile) => {
    const uses = new Map<string, number>();
    visit(tree, 'code', (node, index, parent) => {
      const fence = readDiagramFence(node);
      if (!fence || !parent || index === undefined || !node.position) return;
      const line = node.position.start.line;
      if (isFenceProblem(fence)) {
        reportError(file, { ruleId: 'cell-options', reason: `Cannot read the diagram's options: ${fence.reason}`, fix: 'write each option as a YAML line "%%| key: value" at the top of the diagram', place: { line: line + 1 + fence.line, column: 1 } });
        return;
      }
      const id = diagramId(fence);
      const result = file.data.diagrams?.get(id);
      if (!result) return;
      if ('error' in result) {
        const { ruleId, message, fix } = result.error;
        reportError(file, { ruleId, reason: message, fix, place: { line: line + (result.error.line && fence.optionLines + result.error.line), column: 1 } });
        return;
      }
      // The same diagram twice in a lecture: the second copy's ids get a prefix of their own.
      const use = (uses.get(id) ?? 0) + 1;
      uses.set(id, use);
      // Copied: the drawing stays as it was drawn for the next compile of the lecture (`astro dev`).
      const copy = (svg: Element) => (use === 1 ? structuredClone(svg) : scopeSvgIds(structuredClone(svg), `${String(svg.properties.id ?? 'diagram')}-${use}`));
      const drawn = { light: copy(result.light), dark: copy(result.dark) };
      parent.children[index] = diagramNode(fence, drawn, node, file) as never;
    });
  };
}
