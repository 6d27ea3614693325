import { isMap, isScalar, isSeq, LineCounter, parseDocument } from 'yaml';

/** A YAML value with the line it is written on; a map's entries and a list's items carry their own lines. */
export interface YamlNode {
  /** 1-based line of the entry's key, or of the list item. */
  line: number;
  /** The value as plain data. */
  value: unknown;
  /** A map's entries, in file order. */
  entries?: [key: string, node: YamlNode][];
  /** A list's items, in order. */
  items?: YamlNode[];
}

/** A YAML file read with the line of every key, or the first syntax error and its line. */
export type YamlRead = { root: YamlNode } | { error: string; line: number };

/** Parse a YAML file (a project's `_toc.yml`, `_config.yml`, `_quarto.yml`, a frontmatter block). */
export function readYaml(text: string): YamlRead {
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter, prettyErrors: false });
  const lineAt = (offset: number | undefined, fallback: number) => (offset === undefined ? fallback : counter.linePos(offset).line);
  const build = (node: unknown, line: number): YamlNode => {
    if (isMap(node)) {
      const entries = node.items.map((pair): [string, YamlNode] => {
        const keyLine = lineAt(isScalar(pair.key) ? pair.key.range?.[0] : undefined, line);
        return [String(isScalar(pair.key) ? pair.key.value : pair.key), build(pair.value, keyLine)];
      });
      return { line, value: Object.fromEntries(entries.map(([key, child]) => [key, child.value])), entries };
    }
    if (isSeq(node)) {
      const items = node.items.map((item) => build(item, lineAt((item as { range?: number[] } | null)?.range?.[0], line)));
      return { line, value: items.map((item) => item.value), items };
    }
    // An alias stays unread (null): nothing here needs one, and none can expand into a "billion laughs".
    return { line, value: isScalar(node) ? node.value : null };
  };
  const [error] = doc.errors;
  if (error) return { error: error.message.split('\n')[0]!, line: lineAt(error.pos[0], 1) };
  return { root: build(doc.contents, 1) };
}

/** The entry `key` of a map node. */
export function entryOf(node: YamlNode | undefined, key: string): YamlNode | undefined {
  return node?.entries?.find(([name]) => name === key)?.[1];
}

/** A node's value as text: a string, or a number or boolean written as one. */
export function textOf(node: YamlNode | undefined): string | undefined {
  const value = node?.value;
  return typeof value === 'string' ? value : typeof value === 'number' || typeof value === 'boolean' ? String(value) : undefined;
}
