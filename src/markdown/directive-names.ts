/**
 * The blocks and spans the pipeline understands, with the `key=value`
 * attributes each reads. A name outside these is a typo or a missing
 * feature: an error for our `:::name`; for Pandoc's `::: {.class}` a class
 * near a known name is a typo, any other a plain `<div>` with that class (a
 * theme stylesheet may style it), as in Pandoc.
 */

/**
 * Classes that add an effect to whatever block or span carries them, as its
 * name or beside it (`::: {.column .fragment}`), with their attributes;
 * remark-element-attributes applies them.
 */
export const DECORATIONS = {
  fragment: ['fragment-index'],
  absolute: ['top', 'left', 'right', 'bottom', 'width', 'height'],
  'r-fit-text': [],
} as const satisfies Record<string, readonly string[]>;

/** A callout's attributes, the same for each of its names (remark-callouts). */
const CALLOUT_ATTRIBUTES = ['title', 'collapse', 'appearance', 'icon'] as const;

/** Every callout name: ours, Quarto's `callout-*` and MyST's admonitions (Jupyter Book). */
export const CALLOUT_NAMES = [
  'note', 'tip', 'warning', 'exercise', 'quote', 'important', 'caution',
  'callout-note', 'callout-tip', 'callout-warning', 'callout-important', 'callout-caution',
  'admonition', 'attention', 'danger', 'error', 'hint', 'seealso',
] as const;

/** Every block name, with the attributes it reads (the plugin that owns it in the comment). */
export const CONTAINER_DIRECTIVES: Record<string, readonly string[]> = {
  notes: [], // remark-view-blocks: speaker notes
  'slides-only': [], // remark-view-blocks
  'notes-only': [], // remark-view-blocks
  incremental: [], // remark-fragments
  nonincremental: [], // remark-fragments
  columns: [], // remark-columns
  column: ['width'], // remark-columns
  stretch: [], // remark-stretch
  slide: [], // remark-slides: `:::slide{…}` around content (its attributes are checked there)
  aside: [], // remark-slide-blocks
  footer: [], // remark-slide-blocks
  'panel-tabset': [], // remark-panel-tabset
  quiz: [], // remark-quiz: a self-check question
  explanation: [], // remark-quiz: what a question's answer is explained by
  div: ['layout-ncol', 'layout-nrow', 'layout'], // remark-figures (grids), remark-table-captions, else a plain div
  ...DECORATIONS,
  ...Object.fromEntries(CALLOUT_NAMES.map((name) => [name, CALLOUT_ATTRIBUTES])),
};

/** Other spellings of a block: Quarto's `.r-stretch` div is our `:::stretch`. */
export const CONTAINER_ALIASES: Record<string, string> = { 'r-stretch': 'stretch' };

/** Leaf (`::name{…}`) directives. */
export const LEAF_DIRECTIVES: Record<string, readonly string[]> = { slide: [] };

/** Bracketed spans `[text]{.name}` given a meaning, with their attributes (remark-element-attributes). */
export const SPAN_NAMES: Record<string, readonly string[]> = {
  span: [], // a plain span: `[text]{#id}`
  fragment: DECORATIONS.fragment,
  smallcaps: [], // Pandoc's small capitals
  underline: [],
  mark: [], // highlighted text
};

/**
 * reveal.js's auto-animate settings of one element (`data-auto-animate-delay` …), by the attribute written
 * (`::: {data-id="box" auto-animate-delay="0.2"}`); a slide takes its own set (src/markdown/slide-attributes.ts).
 */
export const ELEMENT_AUTO_ANIMATE: Record<string, string> = {
  'auto-animate-delay': 'dataAutoAnimateDelay',
  'auto-animate-duration': 'dataAutoAnimateDuration',
  'auto-animate-easing': 'dataAutoAnimateEasing',
};

/**
 * Attributes any block or span may carry: `data-id` pairs elements across slides for auto-animate, which
 * the element's auto-animate settings tune; `style` is read and checked by rehype-style-classes.
 */
export const COMMON_ATTRIBUTES = ['data-id', 'style', ...Object.keys(ELEMENT_AUTO_ANIMATE)];

/** Whether `name` is a key of one of the tables above. */
export function isKnownName(known: Record<string, readonly string[]>, name: string): boolean {
  return Object.hasOwn(known, name);
}

/** reveal.js's fragment effects, written as classes beside `.fragment` (`[text]{.fragment .highlight-red}`). */
export const FRAGMENT_EFFECTS = [
  'fade-in', 'fade-out', 'fade-up', 'fade-down', 'fade-left', 'fade-right', 'fade-in-then-out', 'fade-in-then-semi-out',
  'semi-fade-out', 'current-visible', 'grow', 'shrink', 'strike', 'zoom-in', 'highlight-red', 'highlight-green',
  'highlight-blue', 'highlight-current-red', 'highlight-current-green', 'highlight-current-blue',
];
