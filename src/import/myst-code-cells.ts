/** A MyST code cell's fence: ```` ```{code-cell} ipython3 ````. */
const CODE_CELL = /^(\s*)(`{3,}|~{3,})\{code-cell\}[ \t]*(\S*)[ \t]*$/;

/** A MyST option line at the top of a cell: `:tags: [hide-input]`. */
const OPTION = /^\s*:([\w-]+):(.*)$/;

/** Jupytext's line between Markdown cells, with or without the cell's metadata: `+++ {"tags": []}`. */
const CELL_BREAK = /^\+\+\+(?:[ \t]*\{.*\})?[ \t]*$/;

/** A cell's language as a Quarto cell names it: Jupyter's `ipython3` and `python3` are `python`. */
function cellLanguage(written: string, kernelLanguage: string): string {
  const language = (written || kernelLanguage).toLowerCase();
  return /^i?python\d*$/.test(language) ? 'python' : language;
}

/**
 * A MyST notebook's body as this site's lecture Markdown: each ```` ```{code-cell} ipython3 ```` is a
 * ```` ```{python} ```` cell, its MyST options (`:tags: [remove-input]`, or a `---` YAML block)
 * become `#|` option lines, and Jupytext's `+++` cell breaks become blank lines.
 */
export function mystCodeCells(body: string, kernelLanguage: string): string {
  const lines = body.split('\n');
  const out: string[] = [];
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!;
    const cell = CODE_CELL.exec(line);
    if (!cell) {
      out.push(CELL_BREAK.test(line) ? '' : line);
      continue;
    }
    const [, indent, fence, written] = cell;
    out.push(`${indent}${fence}{${cellLanguage(written!, kernelLanguage)}}`);
    if (lines[index + 1]?.trim() === '---') {
      const end = lines.findIndex((next, at) => at > index + 1 && next.trim() === '---');
      if (end > index) {
        out.push(...lines.slice(index + 2, end).map((option) => `${indent}#| ${option.slice(indent!.length)}`));
        index = end;
      }
    }
    for (let option = OPTION.exec(lines[index + 1] ?? ''); option; option = OPTION.exec(lines[index + 1] ?? '')) {
      out.push(`${indent}#| ${option[1]}:${option[2]}`);
      index += 1;
    }
  }
  return out.join('\n');
}
