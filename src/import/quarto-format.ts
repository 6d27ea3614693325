import { posix } from 'node:path';
import { fromQuarto } from '../compile/quarto-frontmatter.ts';
import type { Diagnostic } from '../model/diagnostic.ts';
import { lectureSchema } from '../schemas/lecture.ts';
import { quartoRevealSchema } from '../schemas/quarto.ts';
import { notCarried, quartoAdvice } from './notes.ts';
import type { ProjectSettings } from './types.ts';
import { textOf, type YamlNode } from './yaml-tree.ts';

/** Quarto's reveal.js options that are a lecture's keys here, not deck options: each deck gets them. */
const DECK_KEYS = ['incremental', 'smaller', 'scrollable', 'footer'];

/** What a project's `format:` gives the course: deck options, what every deck's frontmatter gets, the logo. */
export type QuartoFormat = Pick<ProjectSettings, 'reveal' | 'deckDefaults' | 'logo' | 'decksByDefault'>;

/**
 * A Quarto project's `format:` block: `revealjs:` options the deck options take become course.yaml's
 * `reveal:` (through the same mapping as a deck's own), `incremental`, `smaller`, `scrollable` and
 * `footer` go into every deck, `logo` into the theme (and documents are decks unless they say, when revealjs is the first format); any other option or format is a note at its line.
 */
export function readQuartoFormat(path: string, format: YamlNode | undefined): { format: QuartoFormat; notes: Diagnostic[] } {
  const notes: Diagnostic[] = [];
  const result: QuartoFormat = {};
  const options: Record<string, unknown> = {};
  // Quarto renders a document without a format of its own in the project's first one.
  if (textOf(format) === 'revealjs' || format?.entries?.[0]?.[0] === 'revealjs') result.decksByDefault = true;
  for (const [name, node] of format?.entries ?? []) {
    if (name !== 'revealjs') notes.push(notCarried(path, node.line, `format ${name}`, 'slides and reading notes come from one source here, so only revealjs is read'));
  }
  const revealjs = format?.entries?.find(([name]) => name === 'revealjs')?.[1];
  for (const [key, node] of revealjs?.entries ?? []) {
    const schema = quartoRevealSchema.shape[key as keyof typeof quartoRevealSchema.shape];
    if (key === 'logo' && textOf(node)) {
      result.logo = { path: posix.join(posix.dirname(path), textOf(node)!), at: { path, line: node.line } };
    } else if (!schema) {
      notes.push(notCarried(path, node.line, key, quartoAdvice(['format', 'revealjs'], key) ?? 'this site has no such deck option'));
    } else if (!schema.safeParse(node.value).success) {
      notes.push(notCarried(path, node.line, `${key}: ${JSON.stringify(node.value)}`, 'it is not a value of this option (README: Deck options)'));
    } else if (DECK_KEYS.includes(key)) {
      (result.deckDefaults ??= {})[key] = node.value;
    } else {
      options[key] = node.value;
    }
  }
  if (Object.keys(options).length > 0) {
    result.reveal = fromQuarto(lectureSchema.parse({ title: 'options', number: 1, format: { revealjs: options } })).reveal;
  }
  return { format: result, notes };
}
