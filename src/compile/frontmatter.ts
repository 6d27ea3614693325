import { closest, distance } from 'fastest-levenshtein';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Document } from 'yaml';
import type { z } from 'zod';
import { knownKeysAt } from './schema-keys.ts';

/** A problem in a YAML block (a lecture's frontmatter, or course.yaml), at a line of its file. */
export interface FrontmatterProblem {
  ruleId: string;
  reason: string;
  fix: string;
  line: number;
  column: number;
}

/** The frontmatter block of a Markdown file, with the line its YAML starts on. */
export interface FrontmatterBlock {
  /** The YAML text between the `---` fences. */
  yaml: string;
  /** File line of the first YAML line (1-based). */
  firstLine: number;
  /** The body with the frontmatter replaced by blank lines, so body lines keep file numbering. */
  body: string;
}

const FENCED = /^---\r?\n([\s\S]*?)\r?\n?---[ \t]*(?:\r?\n|$)/;

/** Split a Markdown file into its frontmatter and body, keeping line numbers. */
export function splitFrontmatter(source: string): FrontmatterBlock | undefined {
  const match = FENCED.exec(source);
  if (!match) return undefined;
  const lines = match[0].split('\n').length - 1;
  return { yaml: match[1] ?? '', firstLine: 2, body: '\n'.repeat(lines) + source.slice(match[0].length) };
}

function closestKey(key: string, known: string[]): string | undefined {
  const best = closest(key, known);
  return distance(key, best) <= Math.max(2, Math.floor(key.length / 3)) ? best : undefined;
}

/** The line and column of the YAML node at `path` (its key for a missing value), or of the block. */
function locate(doc: Document, counter: LineCounter, path: PropertyKey[], firstLine: number) {
  let node: unknown = doc.contents;
  let offset = 0;
  for (const key of path) {
    if (isSeq(node) && typeof key === 'number') {
      node = node.items[key];
      offset = (node as { range?: number[] } | undefined)?.range?.[0] ?? offset;
      continue;
    }
    if (!isMap(node)) break;
    const pair = node.items.find((item) => isScalar(item.key) && item.key.value === key);
    if (!pair) break;
    offset = (isScalar(pair.key) && pair.key.range?.[0]) || offset;
    node = pair.value;
  }
  const position = counter.linePos(offset);
  return { line: position.line + firstLine - 1, column: position.col };
}

/** How problems of a YAML block are named: `frontmatter-…` rules for lectures, `course-…` for course.yaml. */
export interface YamlNames {
  /** Rule id prefix. */
  rule: string;
  /** What the block is called in messages, inside a sentence and at its start. */
  noun: string;
  Noun: string;
}

const FRONTMATTER: YamlNames = { rule: 'frontmatter', noun: 'frontmatter', Noun: 'Frontmatter' };

/** Most aliases a block may expand (YAML's "billion laughs" stays an error, not a hang). */
const MAX_ALIASES = 100;

/** What to write instead of a key the schema does not have but another tool does (Quarto's `theme:`), by its path; undefined when there is no advice. */
export type KeyAdvice = (path: readonly PropertyKey[], key: string) => string | undefined;

/** How a YAML block is read besides its schema. */
export interface CheckYamlOptions {
  names?: YamlNames;
  advice?: KeyAdvice;
  /** Values of keys the block may leave out, known from elsewhere (a notebook's title from its first heading). */
  defaults?: Record<string, unknown>;
}

/**
 * Parse and validate a YAML block, mapping each YAML error and each schema
 * issue to the line it is on (Astro's own error only names the file). An
 * unknown key is matched against the keys of its own level (a suggestion
 * only when one is close), after any `advice` for keys of other tools.
 */
export function checkFrontmatter<Schema extends z.ZodType>(
  block: Pick<FrontmatterBlock, 'yaml' | 'firstLine'>,
  schema: Schema,
  { names = FRONTMATTER, advice, defaults }: CheckYamlOptions = {},
): { data?: z.infer<Schema>; problems: FrontmatterProblem[] } {
  const counter = new LineCounter();
  const doc = parseDocument(block.yaml, { lineCounter: counter, prettyErrors: false });
  const syntax = (offset: number, message: string): FrontmatterProblem => {
    const position = counter.linePos(offset);
    return {
      ruleId: `${names.rule}-yaml`,
      reason: `Invalid YAML in ${names.noun}: ${message.split('\n')[0]}`,
      fix: 'fix the YAML syntax (indentation, quotes, a missing colon)',
      line: position.line + block.firstLine - 1,
      column: position.col,
    };
  };
  if (doc.errors.length > 0) return { problems: doc.errors.map((error) => syntax(error.pos[0], error.message)) };
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: MAX_ALIASES });
  } catch (error) {
    return { problems: [syntax(0, `${(error as Error).message} (at most ${MAX_ALIASES} aliases)`)] };
  }
  const written = value ?? {};
  const isMapping = typeof written === 'object' && !Array.isArray(written);
  const result = schema.safeParse(defaults && isMapping ? { ...defaults, ...written } : written);
  if (result.success) return { data: result.data, problems: [] };
  const problems: FrontmatterProblem[] = [];
  for (const issue of result.error.issues) {
    if (issue.code === 'unrecognized_keys') {
      const knownKeys = knownKeysAt(schema, issue.path);
      for (const key of issue.keys) {
        const suggestion = closestKey(key, knownKeys);
        problems.push({
          ruleId: `${names.rule}-unknown-key`,
          reason: `Unknown ${names.noun} key "${[...issue.path, key].join('.')}"`,
          fix: advice?.(issue.path, key) ?? (suggestion ? `did you mean "${suggestion}"?` : `use one of: ${knownKeys.join(', ')}`),
          ...locate(doc, counter, [...issue.path, key], block.firstLine),
        });
      }
      continue;
    }
    const where = issue.path.join('.') || `(${names.noun})`;
    const missing = issue.code === 'invalid_type' && issue.message.endsWith('received undefined');
    problems.push({
      ruleId: missing ? `${names.rule}-missing-key` : `${names.rule}-invalid`,
      reason: missing ? `${names.Noun} key "${where}" is required` : `${names.Noun} "${where}": ${issue.message}`,
      fix: `give "${where}" a valid value`,
      ...locate(doc, counter, issue.path, block.firstLine),
    });
  }
  return { problems };
}
