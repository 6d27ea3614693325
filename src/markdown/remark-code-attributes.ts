import type { Code, Root } from 'mdast';
import { bundledLanguages, isSpecialLang } from 'shiki';
import { SKIP, visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { reportError, reportWarning } from './diagnostics.ts';

/** What to write instead of a MyST directive this site does not read. */
const MYST_INSTEAD: Record<string, string> = {
  figure: 'an image with a label: ![Caption](/figures/x.png){#fig-x}',
  image: 'an image: ![Alt text](/figures/x.png)',
  'code-block': 'a fenced code block: ```python',
  code: 'a fenced code block: ```python',
  'list-table': 'a pipe table, with its caption as ": Caption {#tbl-x}"',
  table: 'a pipe table, with its caption as ": Caption {#tbl-x}"',
  'tab-set': 'a tabset: ::: {.panel-tabset} with a ### heading per tab',
  dropdown: 'a collapsed admonition: ```{admonition} Title with :class: dropdown',
  margin: 'an aside: ::: aside',
  sidebar: 'an aside: ::: aside',
  epigraph: 'a quote: > text',
};

/** Classes that ask for line numbers (Pandoc's `.numberLines`). */
const NUMBER_CLASSES = ['numberLines', 'number-lines'];

/** Attributes a display code block reads. */
const CODE_ATTRIBUTES = ['code-line-numbers'];

/** Quarto's `code-line-numbers` as our fence meta: `true` → numbers, `"|6|9"` → numbers and steps. */
function lineNumbersMeta(value: string | undefined, numbered: boolean): string | null {
  if (value === undefined) return numbered ? 'numbers' : null;
  if (value === 'false') return null;
  if (value === 'true') return 'numbers';
  return `numbers {${value}}`;
}

/** A language Shiki can highlight (a bundled name or alias, or plain text). */
const knownLanguage = (lang: string) => Object.hasOwn(bundledLanguages, lang) || isSpecialLang(lang);

/** A MyST directive fence (```` ```{figure} ````) that no plugin reads: an error saying what to write. */
function mystProblem(node: Code, name: string, file: VFile) {
  reportError(file, {
    ruleId: 'unknown-directive',
    reason: `The MyST directive {${name}} is not read here (it would show as code)`,
    fix: MYST_INSTEAD[name] ? `write ${MYST_INSTEAD[name]}` : 'write Markdown instead; MyST admonitions ({note}, {admonition}, …) and {math} are read',
    place: node.position,
  });
  // Reported once: Shiki shows it as plain text rather than warning about a language "{figure".
  Object.assign(node, { lang: 'plaintext', meta: null });
}

/**
 * Display code blocks as Pandoc and Quarto write them, settled before Shiki
 * (which has no file to report to): `{.python code-line-numbers="|6|9"}`
 * gives the language, line numbers and highlight steps; a language Shiki
 * does not know is a warning at the fence (the block shows as plain text);
 * a raw ```` ```{=html} ```` block is HTML and other raw formats are left out
 * (as Pandoc does); an unread MyST directive is an error. Quarto's
 * executable cells are left to their own plugin.
 */
export default function remarkCodeAttributes() {
  return (tree: Root, file: VFile) => {
    visit(tree, 'code', (node, index, parent) => {
      const data = node.data ?? {};
      if (data.executable || !parent || index === undefined) return;
      if (data.mystDirective) return mystProblem(node, data.mystDirective, file);
      if (data.rawFormat) {
        parent.children.splice(index, 1, ...(data.rawFormat === 'html' ? [{ type: 'html' as const, value: node.value, position: node.position }] : []));
        return [SKIP, index];
      }
      const attributes = data.attributes;
      if (attributes) {
        for (const key of Object.keys(attributes.values).filter((name) => !CODE_ATTRIBUTES.includes(name))) {
          reportError(file, { ruleId: 'unknown-attribute', reason: `Unknown attribute "${key}" on a code block`, fix: `use one of: ${CODE_ATTRIBUTES.join(', ')}`, place: node.position });
        }
        node.meta = lineNumbersMeta(attributes.values['code-line-numbers'], attributes.classes.some((name) => NUMBER_CLASSES.includes(name)));
      }
      if (node.lang && node.lang !== 'math' && !knownLanguage(node.lang)) {
        reportWarning(file, {
          ruleId: 'code-language',
          reason: `No highlighting for the language "${node.lang}": the block shows as plain text`,
          fix: 'name a language Shiki knows (python, r, julia, bash, yaml, …), or text for none',
          place: node.position,
        });
        node.lang = 'plaintext';
      }
    });
  };
}
