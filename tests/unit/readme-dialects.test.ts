import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import type { Nodes, Root, Table } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';

const FIXTURE = 'tests/fixtures/quarto/lectures';
const readme = unified().use(remarkParse).use(remarkGfm).parse(readFileSync('README.md', 'utf8')) as Root;

/** The table under a README heading. */
function tableAfter(heading: string): Table {
  const at = readme.children.findIndex((node) => node.type === 'heading' && node.children.some((child) => 'value' in child && child.value === heading));
  const table = readme.children.slice(at + 1).find((node): node is Table => node.type === 'table');
  assert.ok(at >= 0 && table, `README has a table under "${heading}"`);
  return table;
}

/** The code written in the first column of each row (the constructs as authors write them). */
function constructs(table: Table): string[] {
  return table.children.slice(1).flatMap((row) => {
    const found: string[] = [];
    visit(row.children[0] as Nodes, 'inlineCode', (code) => void found.push(code.value));
    return found;
  });
}

/** Whether a construct is written in the fixture: in a lecture's text, or (`NN-slug.qmd`) as a lecture file's kind. */
function inFixture(construct: string, files: string[], text: string): boolean {
  const fileKind = /^NN-slug(\.\w+)$/.exec(construct)?.[1];
  return fileKind ? files.some((name) => name.endsWith(fileKind)) : text.includes(construct);
}

for (const [heading, lectures] of [['Coming from Quarto', ['01-quarto-deck.qmd', '03-quarto-demo.qmd']], ['Coming from Jupyter Book', ['02-jupyter-book.md']]] as const) {
  describe(`README "${heading}" is checked against the fixture ${lectures.join(', ')}`, () => {
    const files = readdirSync(FIXTURE);
    const text = lectures.map((lecture) => readFileSync(join(FIXTURE, lecture), 'utf8')).join('\n');
    const table = tableAfter(heading);

    it('shows only constructs the fixture writes, as written there (and the fixture builds: tests/build/quarto-fixture.test.ts)', () => {
      const written = constructs(table);
      assert.ok(written.length >= 10, 'the table lists constructs');
      const missing = written.filter((construct) => !inFixture(construct, files, text));
      assert.deepEqual(missing, []);
    });

    it('lists every block the fixture uses', () => {
      const column = constructs(table).join(' ');
      const blocks = new Set([...text.matchAll(/^:{3,}\s*(?:\{\.?|\{)?([a-z][\w-]*)/gm)].map((match) => match[1]!));
      const unlisted = [...blocks].filter((name) => !column.includes(name));
      assert.deepEqual(unlisted, []);
    });
  });
}
