import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import type { Root } from 'mdast';
import { VFile } from 'vfile';
import { parseLecture, readMarkdown } from '../../src/compile/parse-lecture.ts';
import { md, nodesOf } from '../helpers/pandoc-syntax.ts';

/** The one module that may set up a Markdown parser or a unified processor. */
const FRONT_END = 'src/compile/parse-lecture.ts';

/** Packages that parse Markdown (or make processors that do), and unified, which makes processors. */
const PARSERS = ['remark-parse', 'mdast-util-from-markdown', 'micromark', 'remark', 'unified'];

function modulesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? modulesUnder(path) : name.endsWith('.ts') ? [path] : [];
  });
}

/** The packages a module imports as values (type-only imports set nothing up), statically or dynamically. */
function valueImports(source: string): string[] {
  const statics = [...source.matchAll(/^import\s+(?!type\s)[^'"]*?from\s+'([^']+)'/gm)].map((match) => match[1]!);
  const dynamics = [...source.matchAll(/\bimport\(\s*'([^']+)'\s*\)/g)].map((match) => match[1]!);
  return [...statics, ...dynamics];
}

const encode = (text: string) => new TextEncoder().encode(text);

describe('one lecture front end', () => {
  it('is the only module of src/ and tests/helpers/ that sets up a Markdown parser or a unified processor', () => {
    const modules = [...modulesUnder('src'), ...modulesUnder('tests/helpers')];
    const setUps = modules.flatMap((path) => valueImports(readFileSync(path, 'utf8')).filter((name) => PARSERS.includes(name)).map((name) => `${path} imports ${name}`));
    assert.deepEqual(setUps.filter((setUp) => !setUp.startsWith(`${FRONT_END} `)), []);
    assert.ok(setUps.some((setUp) => setUp === `${FRONT_END} imports remark-parse`), 'the front end is found by the same scan');
  });

  it('reads a lecture to its frontmatter and tree, lines kept, with every problem at its line', () => {
    const text = md('---', 'title: "Quotes"', 'number: 1', 'colour: blue', '---', '', '## A "slide"', '', ':::{note}', 'Inside.', ':::');
    const parsed = parseLecture({ path: 'content/lectures/01-quotes.md', bytes: encode(text) });
    assert.equal(parsed.data, undefined, 'an unknown key makes the frontmatter invalid');
    assert.deepEqual(parsed.diagnostics.map((diagnostic) => [diagnostic.line, diagnostic.ruleId]), [[4, 'frontmatter-unknown-key']]);
    const tree = parsed.markdown!.tree;
    assert.deepEqual(nodesOf(tree, 'heading').map((heading) => [heading.position?.start.line, heading.children.map((child) => ('value' in child ? child.value : '')).join('')]), [[7, 'A “slide”']]);
    assert.equal(nodesOf(tree, 'containerDirective').length, 1, 'through the Pandoc/MyST syntax layer');
  });

  it('stops before the tree at a file that is not UTF-8, a notebook that is not JSON, a missing frontmatter or a paragraph too long to parse', () => {
    const cases: [string, Uint8Array, string][] = [
      ['content/lectures/01-a.md', Uint8Array.of(0x23, 0xff, 0x0a), 'encoding'],
      ['content/lectures/01-a.ipynb', encode('{"cells": ['), 'notebook-invalid'],
      ['content/lectures/01-a.md', encode('## No frontmatter'), 'frontmatter-missing'],
      ['content/lectures/01-a.md', encode(md('---', 'title: T', 'number: 1', '---', '*'.repeat(2001))), 'paragraph-too-long'],
    ];
    for (const [path, bytes, rule] of cases) {
      const parsed = parseLecture({ path, bytes });
      assert.equal(parsed.markdown, undefined, rule);
      assert.deepEqual([...parsed.fileDiagnostics, ...parsed.diagnostics].map((diagnostic) => diagnostic.ruleId), [rule]);
    }
  });

  it('maps a notebook to its Markdown, with lines back in the .ipynb and its saved outputs', () => {
    const path = 'tests/fixtures/executed/lectures/02-notebook.ipynb';
    const parsed = parseLecture({ path: 'content/lectures/02-notebook.ipynb', bytes: readFileSync(path) });
    assert.equal(parsed.data?.title, 'A notebook lecture');
    assert.ok(parsed.stored?.some((outputs) => outputs && outputs.length > 0));
    const heading = nodesOf(parsed.markdown!.tree, 'heading')[0]!;
    const line = readFileSync(path, 'utf8').split('\n').findIndex((row) => row.includes('# Least squares')) + 1;
    assert.equal(parsed.locate({ path, line: heading.position!.start.line, column: 3, severity: 'error', ruleId: 'x', reason: '', fix: '' }).line, line);
  });

  it('reads Markdown with the syntax every lecture has: GFM, smart quotes, maths, Pandoc attributes', () => {
    const tree: Root = readMarkdown(new VFile(md('| a |', '| - |', '| "b" |', '', '$x$ and [span]{.fragment}')));
    assert.equal(nodesOf(tree, 'table').length, 1);
    assert.deepEqual(nodesOf(tree, 'text').map((node) => node.value).filter((value) => value.includes('b')), ['“b”']);
    assert.equal(nodesOf(tree, 'inlineMath').length, 1);
    assert.equal(nodesOf(tree, 'textDirective').length, 1);
  });
});
