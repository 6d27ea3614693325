import { splitFrontmatter } from '../compile/frontmatter.ts';
import { entryOf, readYaml, textOf, type YamlNode } from './yaml-tree.ts';

/** A Markdown, MyST or Quarto document split into its frontmatter (read with lines) and body. */
export interface DocumentParts {
  /** The frontmatter's YAML read, when there is a frontmatter block that is valid YAML. */
  frontmatter?: YamlNode;
  /** The YAML text, as written. */
  yaml?: string;
  /** File line of the YAML's first line. */
  firstLine: number;
  /** The text after the frontmatter block. */
  body: string;
  /** File line of the body's first line. */
  bodyLine: number;
  /** The YAML's syntax error, at its file line. */
  error?: { message: string; line: number };
}

/** Split a document into frontmatter and body; lines of the frontmatter are the file's. */
export function documentParts(text: string): DocumentParts {
  const block = splitFrontmatter(text);
  if (!block) return { firstLine: 1, body: text, bodyLine: 1 };
  // The body starts after the closing `---`: the opening line, the YAML's lines, the closing line.
  const before = (block.yaml === '' ? 0 : block.yaml.split('\n').length) + 2;
  const body = text.split('\n').slice(before).join('\n');
  const bodyLine = before + 1;
  const read = readYaml(block.yaml);
  if ('error' in read) return { yaml: block.yaml, firstLine: block.firstLine, body, bodyLine, error: { message: read.error, line: read.line + block.firstLine - 1 } };
  const shift = (node: YamlNode): YamlNode => ({ ...node, line: node.line + block.firstLine - 1,
    ...(node.entries ? { entries: node.entries.map(([key, child]) => [key, shift(child)]) } : {}),
    ...(node.items ? { items: node.items.map(shift) } : {}) });
  return { frontmatter: shift(read.root), yaml: block.yaml, firstLine: block.firstLine, body, bodyLine };
}

/** Whether a Quarto document is a reveal.js deck: `format: revealjs` (or a `revealjs:` block), or the project's default. */
export function isRevealDeck(frontmatter: YamlNode | undefined, projectDefault: boolean): boolean {
  const format = entryOf(frontmatter, 'format');
  if (!format) return projectDefault;
  return textOf(format) === 'revealjs' || Boolean(entryOf(format, 'revealjs'));
}
