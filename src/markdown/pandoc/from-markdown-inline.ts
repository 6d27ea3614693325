import type { FootnoteReference, Heading, Paragraph, Parent, PhrasingContent, RootContent, Text } from 'mdast';
import type { TextDirective } from 'mdast-util-directive';
import type { CompileContext, Extension, Token } from 'mdast-util-from-markdown';
import type { Point } from 'unist';
import { directiveAttributes } from './attributes.ts';
import { pointOf, top, treeOf } from './compile-context.ts';
import { readRole, readShortcode } from './inline-readers.ts';
import { registerInlineNote } from './inline-notes.ts';
import { readAttributesAt } from './problems.ts';

const noteLabels = new WeakMap<Paragraph, { start: Point; end: Point }>();

/** Elements a `{…}` written right after them belongs to. */
const TAKES_ATTRIBUTES = new Set(['link', 'image', 'linkReference', 'imageReference', 'inlineCode', 'inlineMath']);

/** Put source text back as text, joined to the text before it. */
function appendText(context: CompileContext, value: string, token: Token) {
  const parent = top<Parent>(context);
  const tail = parent.children.at(-1);
  if (tail?.type === 'text' && tail.position) {
    tail.value += value;
    tail.position.end = pointOf(token.end);
  } else {
    parent.children.push({ type: 'text', value, position: { start: pointOf(token.start), end: pointOf(token.end) } } as RootContent);
  }
}

/** Drop the spaces that separated trailing attributes from the text before them. */
function trimTrailingSpace(parent: Parent) {
  const tail = parent.children.at(-1);
  if (tail?.type !== 'text') return;
  const text = tail as Text;
  const trimmed = text.value.replace(/[ \t]+$/, '');
  const cut = text.value.length - trimmed.length;
  text.value = trimmed;
  if (text.position && cut > 0) text.position.end = { ...text.position.end, column: text.position.end.column - cut, offset: (text.position.end.offset ?? cut) - cut };
  if (!trimmed) parent.children.pop();
}

/** A paragraph that is a Pandoc table caption: `: Caption {#tbl-x}` or `Table: Caption`. */
function isCaption(node: Parent): boolean {
  const first = node.children[0];
  return node.type === 'paragraph' && first?.type === 'text' && /^(Table)?:\s/.test((first as Text).value);
}

function exitTrailingAttributes(this: CompileContext, token: Token) {
  const text = this.sliceSerialize(token);
  const parent = top<Parent>(this);
  const previous = parent.children.at(-1);
  const element = previous?.position?.end.offset === token.start.offset && TAKES_ATTRIBUTES.has(previous.type);
  const owner = element ? previous : parent.type === 'heading' || isCaption(parent) ? (parent as Heading | Paragraph) : undefined;
  const attributes = owner && readAttributesAt(treeOf(this), text, pointOf(token.start));
  if (!owner || !attributes) return appendText(this, text, token);
  if (!element) trimTrailingSpace(parent);
  owner.data = { ...owner.data, attributes };
}

function exitSpanAttributes(this: CompileContext, token: Token) {
  const node = top<TextDirective>(this);
  const attributes = readAttributesAt(treeOf(this), this.sliceSerialize(token), pointOf(token.start));
  if (!attributes) return;
  const [first, ...rest] = attributes.classes;
  node.name = first ?? 'span';
  node.attributes = directiveAttributes({ ...attributes, classes: rest });
}

function exitInlineNote(this: CompileContext, token: Token) {
  const paragraph = top<Paragraph>(this);
  this.exit(token);
  const parent = top<Parent>(this);
  const reference: FootnoteReference = { type: 'footnoteReference', identifier: '', label: '', position: paragraph.position };
  parent.children.splice(-1, 1, reference);
  paragraph.position = noteLabels.get(paragraph) ?? paragraph.position;
  registerInlineNote(reference, paragraph);
}

function exitShortcode(this: CompileContext, token: Token) {
  const text = this.sliceSerialize(token);
  const match = readShortcode(text)!;
  if (match.escaped) return appendText(this, match.literal, token);
  const { name, args, kwargs } = match;
  this.enter({ type: 'shortcode', name, args, kwargs } as PhrasingContent, token);
  this.exit(token);
}

/** mdast for the inline constructs: spans, inline notes, trailing attributes, MyST roles, shortcodes. */
export const inlineFromMarkdown: Extension = {
  canContainEols: ['textDirective'],
  enter: {
    pandocSpan(token) {
      this.enter({ type: 'textDirective', name: 'span', attributes: {}, children: [] }, token);
    },
    pandocInlineNote(token) {
      this.enter({ type: 'paragraph', children: [] }, token);
    },
  },
  exit: {
    pandocSpanAttributes: exitSpanAttributes,
    pandocSpan(token) {
      this.exit(token);
    },
    pandocInlineNoteLabel(token) {
      noteLabels.set(top<Paragraph>(this), { start: pointOf(token.start), end: pointOf(token.end) });
    },
    pandocInlineNote: exitInlineNote,
    pandocTrailingAttributes: exitTrailingAttributes,
    pandocRole(token) {
      const { name, value } = readRole(this.sliceSerialize(token))!;
      this.enter({ type: 'role', name, value }, token);
      this.exit(token);
    },
    pandocShortcode: exitShortcode,
  },
};
