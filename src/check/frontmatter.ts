import { closest, distance } from 'fastest-levenshtein';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Document } from 'yaml';
import type { z } from 'zod';

/** A problem in a lecture's frontmatter, at a line of the lecture file. */
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

/**
 * Parse and validate a frontmatter block, mapping each YAML error and each
 * schema issue to the line it is on (Astro's own error only names the file).
 */
export function checkFrontmatter<Schema extends z.ZodType>(
  block: FrontmatterBlock,
  schema: Schema,
  knownKeys: string[],
): { data?: z.infer<Schema>; problems: FrontmatterProblem[] } {
  const counter = new LineCounter();
  const doc = parseDocument(block.yaml, { lineCounter: counter, prettyErrors: false });
  if (doc.errors.length > 0) {
    return {
      problems: doc.errors.map((error) => {
        const position = counter.linePos(error.pos[0]);
        return {
          ruleId: 'frontmatter-yaml',
          reason: `Invalid YAML in frontmatter: ${error.message.split('\n')[0]}`,
          fix: 'fix the YAML syntax (indentation, quotes, a missing colon)',
          line: position.line + block.firstLine - 1,
          column: position.col,
        };
      }),
    };
  }
  const result = schema.safeParse(doc.toJS() ?? {});
  if (result.success) return { data: result.data, problems: [] };
  const problems: FrontmatterProblem[] = [];
  for (const issue of result.error.issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        const suggestion = closestKey(key, knownKeys);
        problems.push({
          ruleId: 'frontmatter-unknown-key',
          reason: `Unknown frontmatter key "${key}"`,
          fix: suggestion ? `did you mean "${suggestion}"?` : `use one of: ${knownKeys.join(', ')}`,
          ...locate(doc, counter, [...issue.path, key], block.firstLine),
        });
      }
      continue;
    }
    const where = issue.path.join('.') || '(frontmatter)';
    const missing = issue.code === 'invalid_type' && issue.message.endsWith('received undefined');
    problems.push({
      ruleId: missing ? 'frontmatter-missing-key' : 'frontmatter-invalid',
      reason: missing ? `Frontmatter key "${where}" is required` : `Frontmatter "${where}": ${issue.message}`,
      fix: `give "${where}" a valid value`,
      ...locate(doc, counter, issue.path, block.firstLine),
    });
  }
  return { problems };
}
