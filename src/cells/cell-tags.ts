import { closest, distance } from 'fastest-levenshtein';
import type { CellOptions, MystnbSettings } from '../schemas/execute.ts';

/**
 * Jupyter's cell tags and Jupyter Book's `mystnb:` cell settings, as the `#|` options they stand for,
 * so one set of options decides what runs and what is shown. A notebook's cell metadata reaches here
 * as `#| tags:` and `#| mystnb:` lines (src/cells/notebook-cell-options.ts), a MyST notebook's
 * `:tags:` the same way (the importer writes them).
 */

/** The tags read here (Jupyter Book's and nbclient's), each with the options it stands for. */
const TAG_OPTIONS = {
  'raises-exception': { error: true },
  'skip-execution': { eval: false },
  'remove-input': { echo: false },
  'remove-output': { output: false },
  'remove-cell': { include: false },
  'remove-stderr': { warning: false },
  // Folded in the notes, as code-fold folds; left off the slides (hiddenParts).
  'hide-input': { 'code-fold': true },
  'hide-output': {},
  'hide-cell': { 'code-fold': true },
} satisfies Record<string, CellOptions>;

/** A tag this site reads. */
export type CellTag = keyof typeof TAG_OPTIONS;

/** Every tag this site reads. */
export const CELL_TAGS = Object.keys(TAG_OPTIONS) as CellTag[];

function isCellTag(tag: string): tag is CellTag {
  return Object.hasOwn(TAG_OPTIONS, tag);
}

/** The options a cell's tags stand for. */
export function tagOptions(tags: readonly string[] | undefined): CellOptions {
  return Object.assign({}, ...(tags ?? []).filter(isCellTag).map((tag) => TAG_OPTIONS[tag])) as CellOptions;
}

/** The parts of a cell Jupyter Book's `hide-…` tags hide: folded in the notes, not on the slides. */
export function hiddenParts(tags: readonly string[] | undefined): { code: boolean; outputs: boolean } {
  const has = (tag: CellTag) => tags?.includes(tag) ?? false;
  return { code: has('hide-input') || has('hide-cell'), outputs: has('hide-output') || has('hide-cell') };
}

/** The options a cell's `mystnb:` settings stand for. */
export function mystnbOptions(settings: MystnbSettings | undefined): CellOptions {
  if (!settings) return {};
  const { image, figure } = settings;
  return {
    ...(image?.alt === undefined ? {} : { 'fig-alt': image.alt }),
    ...(figure?.caption === undefined ? {} : { 'fig-cap': figure.caption }),
    ...(figure?.name === undefined ? {} : { label: figure.name }),
    ...(settings.remove_code_source ? { echo: false } : {}),
    ...(settings.remove_code_outputs ? { output: false } : {}),
    ...(settings.number_source_lines ? { 'code-line-numbers': true } : {}),
  };
}

/** `mystnb` settings read here, by path. */
const READ_SETTINGS = ['image.alt', 'figure.caption', 'figure.name', 'remove_code_source', 'remove_code_outputs', 'number_source_lines'];

/** What of a cell's tags and `mystnb:` settings this site does not read, each a sentence and what to do. */
export interface UnreadSetting {
  /** The option it was written under: `tags` or `mystnb`. */
  option: 'tags' | 'mystnb';
  reason: string;
  fix: string;
}

/** The tags and `mystnb` settings of a cell's options that nothing here reads. */
export function unreadSettings(options: CellOptions): UnreadSetting[] {
  const tags = (options.tags ?? []).filter((tag) => !isCellTag(tag)).map((tag): UnreadSetting => {
    const nearest = closest(tag, CELL_TAGS);
    const guess = distance(tag, nearest) <= 2 ? ` (did you mean ${nearest}?)` : '';
    return {
      option: 'tags',
      reason: `The cell tag \`${tag}\` is not one this site reads${guess}`,
      fix: `use one of ${CELL_TAGS.join(', ')}, or remove the tag`,
    };
  });
  const settings = settingPaths(options.mystnb ?? {}).filter((path) => !READ_SETTINGS.includes(path)).map((path): UnreadSetting => ({
    option: 'mystnb',
    reason: `The MyST-NB setting \`mystnb.${path}\` is not read here`,
    fix: `remove it; the settings read are ${READ_SETTINGS.map((read) => `mystnb.${read}`).join(', ')}`,
  }));
  return [...tags, ...settings];
}

/** The dotted paths of a settings object's values (`image.alt`), objects opened, lists and values not. */
function settingPaths(settings: object, prefix = ''): string[] {
  return Object.entries(settings).flatMap(([key, value]) =>
    value && typeof value === 'object' && !Array.isArray(value) ? settingPaths(value as object, `${prefix}${key}.`) : [`${prefix}${key}`]);
}
