import type { ContainerDirective, LeafDirective } from 'mdast-util-directive';
import type { CompileContext, Extension, Token } from 'mdast-util-from-markdown';
import type { Math } from 'mdast-util-math';
import type { Point } from 'unist';
import { directiveAttributes } from './attributes.ts';
import { pointOf, top, treeOf } from './compile-context.ts';
import { readDivFence, readLeafDirective, type NamedFence } from './fence-lines.ts';
import { addMystOption, readMystFence, readMystOption } from './myst-lines.ts';
import { displayMath } from './math-node.ts';
import { readLabelledMathClose } from './math-fence.ts';
import { pointAlong, readAttributesAt, recordProblem } from './problems.ts';
import type { Attributes } from './types.ts';

const closed = new WeakSet<ContainerDirective>();
const mystOptions = new WeakMap<ContainerDirective, Attributes>();
const mathParts = new WeakMap<Math, { fences: { line: number; text: string; start: Point }[]; values: Map<number, string> }>();


/** Name and attributes of a directive from its fence: the name written, else the first class (Pandoc), else `div`. */
function nameDirective(context: CompileContext, node: ContainerDirective | LeafDirective, fence: NamedFence, text: string, start: Point) {
  const span = fence.attributes;
  const attributes = span && readAttributesAt(treeOf(context), text.slice(span.start, span.end), pointAlong(start, span.start));
  if (fence.name) {
    node.name = fence.name;
    node.attributes = attributes ? directiveAttributes(attributes) : {};
    return;
  }
  const [first, ...rest] = attributes?.classes ?? [];
  node.name = first ?? 'div';
  node.attributes = attributes ? directiveAttributes({ ...attributes, classes: rest }) : {};
}

function exitOpening(this: CompileContext, token: Token) {
  const node = top<ContainerDirective>(this);
  const text = this.sliceSerialize(token);
  const div = readDivFence(text);
  if (div?.kind === 'open') {
    node.data = { ...node.data, fence: { colons: div.colons, form: div.form, marker: ':' } };
    nameDirective(this, node, div, text, pointOf(token.start));
    return;
  }
  const myst = readMystFence(text)!;
  node.name = myst.name;
  node.data = { ...node.data, fence: { colons: myst.size, form: 'myst', marker: myst.marker } };
}

function exitOption(this: CompileContext, token: Token) {
  const node = top<ContainerDirective>(this);
  const attributes = mystOptions.get(node) ?? { classes: [], values: {} };
  addMystOption(attributes, readMystOption(this.sliceSerialize(token))!);
  mystOptions.set(node, attributes);
}

function exitContainer(this: CompileContext, token: Token) {
  const node = top<ContainerDirective>(this);
  const options = mystOptions.get(node);
  if (options) node.attributes = directiveAttributes(options);
  if (!closed.has(node)) {
    const fence = node.data?.fence;
    const closing = fence?.marker === ':' ? ':::' : (fence?.marker ?? '`').repeat(fence?.colons ?? 3);
    recordProblem(treeOf(this), {
      ruleId: 'unclosed-directive',
      reason: `Block "${node.name}" is never closed: everything after it went inside`,
      fix: `close it with a line of ${closing}${fence?.marker === ':' ? ' (a bare fence closes the innermost open block)' : ''}`,
      place: node.position?.start,
    });
  }
  this.exit(token);
}

/** A `[Label]` (or MyST title) is the container's first paragraph, flagged as mdast-util-directive does; a leaf's label is its content. */
function enterLabel(this: CompileContext, token: Token) {
  if (top<{ type: string }>(this).type !== 'containerDirective') return;
  this.enter({ type: 'paragraph', data: { directiveLabel: true }, children: [] }, token);
}

function exitLabel(this: CompileContext, token: Token) {
  if (top<{ type: string }>(this).type === 'paragraph') this.exit(token);
}

function exitLeaf(this: CompileContext, token: Token) {
  const node = top<LeafDirective>(this);
  const text = this.sliceSerialize(token);
  nameDirective(this, node, readLeafDirective(text)!, text, pointOf(token.start));
  this.exit(token);
}

function exitStrayFence(this: CompileContext, token: Token) {
  recordProblem(treeOf(this), {
    ruleId: 'unmatched-fence',
    reason: 'This ::: closes nothing: no block is open here',
    fix: 'delete the line, or open the block above it with a named fence such as ::: {.notes}',
    place: { start: pointOf(token.start), end: pointOf(token.end) },
  });
}

function exitMath(this: CompileContext, token: Token) {
  const node = top<Math>(this);
  const { fences, values } = mathParts.get(node)!;
  const [open, close] = [fences[0]!, fences[1]!];
  const lines: string[] = [];
  for (let line = open.line + 1; line < close.line; line++) lines.push(values.get(line) ?? '');
  const labelled = readLabelledMathClose(close.text)!;
  const attributes =
    'label' in labelled
      ? { id: labelled.label, classes: [], values: {} }
      : readAttributesAt(treeOf(this), close.text.slice(labelled.attributes.start, labelled.attributes.end), pointAlong(close.start, labelled.attributes.start));
  Object.assign(node, displayMath(lines.join('\n'), attributes));
  this.exit(token);
}

/** mdast for the block constructs: fenced divs and MyST directives, leaf directives, stray fences, labelled display math. */
export const blocksFromMarkdown: Extension = {
  enter: {
    pandocDiv(token) {
      this.enter({ type: 'containerDirective', name: 'div', attributes: {}, children: [] }, token);
    },
    pandocDivLabel: enterLabel,
    pandocLeaf(token) {
      this.enter({ type: 'leafDirective', name: '', attributes: {}, children: [] }, token);
    },
    pandocMath(token) {
      const node = displayMath('');
      mathParts.set(node, { fences: [], values: new Map() });
      this.enter(node, token);
    },
  },
  exit: {
    pandocDivOpen: exitOpening,
    pandocDivLabel: exitLabel,
    pandocDivOption: exitOption,
    pandocDivClose(this: CompileContext) {
      closed.add(top<ContainerDirective>(this));
    },
    pandocDiv: exitContainer,
    pandocLeaf: exitLeaf,
    pandocStrayFence: exitStrayFence,
    pandocMathFence(token) {
      mathParts.get(top<Math>(this))!.fences.push({ line: token.start.line, text: this.sliceSerialize(token), start: pointOf(token.start) });
    },
    pandocMathValue(token) {
      mathParts.get(top<Math>(this))!.values.set(token.start.line, this.sliceSerialize(token));
    },
    pandocMath: exitMath,
  },
};
