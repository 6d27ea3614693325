/**
 * Every block directive the pipeline understands, with the plugin that owns
 * it. A name outside this list is a typo or a missing feature, and an error.
 */
export const CONTAINER_DIRECTIVES = [
  'notes', // remark-view-blocks: speaker notes
  'slides-only', // remark-view-blocks
  'notes-only', // remark-view-blocks
  'incremental', // remark-fragments
  'nonincremental', // remark-fragments
  'columns', // remark-columns
  'column', // remark-columns
  'stretch', // remark-stretch
  'slide', // remark-slides: `:::slide{…}` around content
  'note', // remark-callouts
  'tip', // remark-callouts
  'warning', // remark-callouts
  'exercise', // remark-callouts
  'quote', // remark-callouts
] as const;

/** Leaf (`::name{…}`) directives. */
export const LEAF_DIRECTIVES = ['slide'] as const;
