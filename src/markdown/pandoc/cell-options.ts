import { parseDocument } from 'yaml';

/** Quarto cell languages, each with the comment that marks its option lines. */
export const CELL_LANGUAGES: Record<string, string> = {
  python: '#|',
  r: '#|',
  julia: '#|',
  ojs: '//|',
  mermaid: '%%|',
  dot: '//|',
};

/** A cell's leading option lines read as YAML, or where that failed. */
export type CellOptionsResult =
  | { ok: true; options: Record<string, unknown>; lines: number; code: string }
  | { ok: false; /** 0-based line within the cell. */ line: number; /** 1-based. */ column: number; reason: string };

const escape = (text: string) => text.replace(/[|/\\^$.*+?()[\]{}]/g, '\\$&');

/**
 * Split a Quarto cell into its leading `#| key: value` lines (read as YAML)
 * and the code after them.
 */
export function readCellOptions(value: string, prefix: string): CellOptionsResult {
  const lines = value.split(/\r?\n/);
  const pattern = new RegExp(`^\\s*${escape(prefix)} ?(.*)$`);
  const yamlLines: string[] = [];
  for (const line of lines) {
    const match = pattern.exec(line);
    if (!match) break;
    yamlLines.push(match[1]!);
  }
  const yamlColumn = (index: number) => lines[index]!.length - yamlLines[index]!.length;
  const document = parseDocument(yamlLines.join('\n'));
  const [error] = document.errors;
  if (error) {
    const { line = 1, col = 1 } = error.linePos?.[0] ?? {};
    const index = Math.min(line, yamlLines.length) - 1;
    return { ok: false, line: index, column: yamlColumn(index) + col, reason: error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '') };
  }
  const options: unknown = document.toJS() ?? {};
  if (typeof options !== 'object' || Array.isArray(options)) {
    return { ok: false, line: 0, column: yamlColumn(0) + 1, reason: `the ${prefix} lines are not "key: value" pairs` };
  }
  return {
    ok: true,
    options: options as Record<string, unknown>,
    lines: yamlLines.length,
    code: lines.slice(yamlLines.length).join('\n'),
  };
}
