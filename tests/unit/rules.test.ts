import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { RULES } from '../../src/model/rules.ts';

function modulesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? modulesUnder(path) : name.endsWith('.ts') ? [path] : [];
  });
}

/** A rule id written as a string literal. */
const LITERAL = /'([a-z][a-z0-9]*(?:-[a-z0-9]+)*)'/g;
/** A rule id made from a prefix: `${names.rule}-yaml`. */
const TEMPLATE = /`\$\{[^}]+\}(-[a-z0-9-]+)`/g;

/** The arguments of the call whose `(` is at `open`, as written (brackets, strings and templates inside kept whole). */
function callArguments(text: string, open: number): string[] {
  const args: string[] = [];
  // What closes each bracket or string open at this point, innermost last.
  const closers: string[] = [];
  let start = open + 1;
  for (let index = start; index < text.length; index++) {
    const char = text[index]!;
    const closer = closers.at(-1);
    if (closer === "'" || closer === '"' || closer === '`') {
      if (char === '\\') index++;
      else if (char === closer) closers.pop();
      else if (closer === '`' && char === '$' && text[index + 1] === '{') {
        closers.push('}');
        index++;
      }
      continue;
    }
    if (char === "'" || char === '"' || char === '`') closers.push(char);
    else if (char === '(' || char === '[' || char === '{') closers.push({ '(': ')', '[': ']', '{': '}' }[char]);
    else if (char === closer) closers.pop();
    else if (closers.length === 0 && (char === ',' || char === ')')) {
      args.push(text.slice(start, index).trim());
      if (char === ')') return args;
      start = index + 1;
    }
  }
  return args;
}

/**
 * Every rule id a module of src/ can put in a diagnostic, read from the code in the forms it is
 * written: `ruleId: 'x'` (or `= 'x'`, a conditional of ids, a union type or an alias of one), a
 * `${prefix}-x` template with every `rule: 'prefix'` of the code, the argument a helper takes as
 * its `ruleId` parameter, and the first element of the problem tuples a module destructures as
 * `[ruleId, …]`. `unexplained` holds any `ruleId` whose value is none of these and not passed on
 * from another (`x.ruleId`), so a new way of writing one cannot slip past.
 */
function emittedRules(): { ids: Map<string, string>; unexplained: string[] } {
  const files = modulesUnder('src').map((path) => ({ path, text: readFileSync(path, 'utf8') }));
  const code = files.map(({ text }) => text).join('\n');
  const prefixes = [...code.matchAll(/\brule: '([a-z]+)'/g)].map((match) => match[1]!);
  const aliases = new Map([...code.matchAll(/type (\w+) = ((?:'[a-z-]+'\s*\|?\s*)+);/g)]
    .map((match) => [match[1]!, [...match[2]!.matchAll(LITERAL)].map((literal) => literal[1]!)]));
  const ids = new Map<string, string>();
  const unexplained: string[] = [];
  const add = (id: string, path: string) => ids.has(id) || ids.set(id, path);
  for (const { path, text } of files) {
    for (const [, written] of text.matchAll(/\bruleId\s*\??\s*[:=](?!=)\s*([^,;\n]+)/g)) {
      const value = written!.replace(/[\s})\]]+$/, '');
      const literals = [...value.matchAll(LITERAL)].map((match) => match[1]!);
      const templated = [...value.matchAll(TEMPLATE)].flatMap((match) => prefixes.map((prefix) => prefix + match[1]!));
      const aliased = aliases.get(value) ?? [];
      for (const id of [...literals, ...templated, ...aliased]) add(id, path);
      const passedOn = /^(?:[\w.]+\.ruleId|ruleId|string)$/.test(value);
      if (literals.length + templated.length + aliased.length === 0 && !passedOn) unexplained.push(`${path}: ruleId: ${value}`);
    }
    for (const helper of text.matchAll(/(?:function\s+(\w+)\s*|(?:const|let)\s+(\w+)\s*(?::\s*\w+)?\s*=\s*)\(([^()]*)\)/g)) {
      const position = helper[3]!.split(',').map((parameter) => parameter.split(':')[0]!.replace('?', '').trim()).indexOf('ruleId');
      if (position === -1) continue;
      for (const call of text.matchAll(new RegExp(`\\b${helper[1] ?? helper[2]}\\(`, 'g'))) {
        const argument = callArguments(text, call.index + call[0].length - 1)[position] ?? '';
        for (const [, id] of argument.matchAll(LITERAL)) add(id!, path);
      }
    }
    if (/\[\s*ruleId\s*,/.test(text)) for (const [, id] of text.matchAll(/\[\s*'([a-z]+(?:-[a-z0-9]+)+)'\s*,/g)) add(id!, path);
  }
  return { ids, unexplained };
}

/** The README's rule table: each row's ids (first column) and whether the row marks them as warnings. */
function readmeRules(): { id: string; warning: boolean }[] {
  const readme = readFileSync('README.md', 'utf8');
  const table = readme.slice(readme.indexOf('| rule | what it catches |'));
  return table.slice(0, table.indexOf('\n\n')).split('\n').slice(2).flatMap((row) => {
    const rule = row.split('|')[1]!;
    return [...rule.matchAll(/`([a-z-]+)`/g)].map((match) => ({ id: match[1]!, warning: /\(warnings?\)/.test(rule) }));
  });
}

describe('the rule table (src/model/rules.ts)', () => {
  const { ids, unexplained } = emittedRules();

  it('reads each way the code writes a rule id', () => {
    assert.deepEqual(unexplained, []);
    for (const [id, how] of [['math-error', 'assigned'], ['cell-not-run', 'a conditional'], ['frontmatter-yaml', 'a template'], ['course-unknown-key', 'a template'],
      ['image-no-size', 'a type alias'], ['diagram-not-drawn', 'a union type'], ['bibtex-doi', 'a helper'], ['kernel-died', 'a helper over lines'], ['remote-resource', 'a tuple']]) {
      assert.ok(ids.has(id!), `${id} (${how}) is found`);
    }
  });

  it('holds every rule id any module of src/ can report, and no id none reports', () => {
    const table = Object.keys(RULES);
    assert.deepEqual([...ids.keys()].filter((id) => !table.includes(id)).map((id) => `${id} (${ids.get(id)})`), []);
    assert.deepEqual(table.filter((id) => !ids.has(id)), []);
  });

  it('is the README’s table: the same ids, and the warnings marked as warnings', () => {
    const documented = readmeRules();
    assert.deepEqual(documented.map(({ id }) => id).sort(), Object.keys(RULES).sort());
    const warnings = Object.entries(RULES).filter(([, rule]) => rule.severity === 'warning').map(([id]) => id);
    assert.deepEqual(documented.filter(({ warning }) => warning).map(({ id }) => id).sort(), warnings.sort());
  });
});
