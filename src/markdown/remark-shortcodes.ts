import type { PhrasingContent, Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import type {} from './lecture-file.ts';
import { reportError, type DiagnosticInput } from './diagnostics.ts';
import { mediaProblem } from './media-url.ts';
import type { Shortcode } from './pandoc/types.ts';
import type { SiteFiles } from './site-files.ts';

type Report = (problem: Omit<DiagnosticInput, 'place'>) => void;

/** What a shortcode becomes (nothing, when it was reported). */
type Expand = (code: Shortcode, context: { file: VFile; siteFiles: SiteFiles; report: Report }) => PhrasingContent[];

/** An element made from an empty text node (mdast-util-to-hast gives it the name and properties). */
const element = (hName: string, hProperties: Record<string, string | number | boolean | string[]>, value = ''): PhrasingContent => ({
  type: 'text', value, data: { hName, hProperties },
});

/** A frontmatter value by its dotted key (`meta title`, `meta format.revealjs.footer`), as text. */
function metaValue(data: unknown, key: string): string | undefined {
  let value = data;
  for (const part of key.split('.')) value = value && typeof value === 'object' ? (value as Record<string, unknown>)[part] : undefined;
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' ? String(value) : undefined;
}

/** Keyword arguments a shortcode reads; any other is reported. */
function checkKeywords(code: Shortcode, allowed: string[], report: Report): void {
  for (const key of Object.keys(code.kwargs).filter((name) => !allowed.includes(name))) {
    report({ ruleId: 'shortcode-argument', reason: `The ${code.name} shortcode has no argument "${key}"`, fix: allowed.length ? `use: ${allowed.join(', ')}` : 'remove it' });
  }
}

const VIDEO_KEYWORDS = ['src', 'title', 'width', 'height', 'start'];

/** Quarto's shortcodes this site reads. */
const SHORTCODES: Record<string, Expand> = {
  meta: (code, { file, report }) => {
    const key = code.args[0];
    const data = file.data.lectureData;
    const value = key && data ? metaValue(data, key) : undefined;
    if (value !== undefined || !data) return value === undefined ? [] : [{ type: 'text', value }];
    report({ ruleId: 'shortcode-argument', reason: key ? `The frontmatter has no value "${key}"` : 'The meta shortcode needs a key', fix: `name a frontmatter key: {{< meta title >}} (keys here: ${Object.keys(data).join(', ')})` });
    return [];
  },
  kbd: (code, { report }) => {
    checkKeywords(code, ['mac', 'win', 'linux'], report);
    const keys = [...code.args, ...Object.values(code.kwargs)];
    if (keys.length === 0) report({ ruleId: 'shortcode-argument', reason: 'The kbd shortcode needs a key', fix: 'write {{< kbd Ctrl-C >}}' });
    return keys.flatMap((key, index) => [...(index > 0 ? [{ type: 'text' as const, value: ' / ' }] : []), element('kbd', {}, key)]);
  },
  video: (code, { siteFiles, report }) => {
    checkKeywords(code, VIDEO_KEYWORDS, report);
    const src = code.kwargs.src ?? code.args[0];
    const problem = src ? mediaProblem(src, siteFiles, 'Video') : { ruleId: 'shortcode-argument', reason: 'The video shortcode needs a file', fix: 'write {{< video /media/intro.mp4 >}}' };
    if (problem) {
      report(problem);
      return [];
    }
    const { title, width, height, start } = code.kwargs;
    const number = (value: string | undefined) => (value && /^\d+$/.test(value) ? { value: Number(value) } : undefined);
    const properties = {
      src: start && /^\d+(\.\d+)?$/.test(start) ? `${src}#t=${start}` : src!,
      controls: true,
      preload: 'metadata',
      className: ['video'],
      ...(title ? { title, ariaLabel: title } : {}),
      ...(number(width) ? { width: number(width)!.value } : {}),
      ...(number(height) ? { height: number(height)!.value } : {}),
    };
    return [element('video', properties)];
  },
  // A page break in printed notes; nothing on slides.
  pagebreak: () => [element('span', { className: ['page-break', 'notes-only'], ariaHidden: 'true' })],
};

/**
 * Quarto's shortcodes: `{{< meta key >}}` (a frontmatter value),
 * `{{< kbd Ctrl-C >}}`, `{{< video /media/intro.mp4 title="…" >}}` (a file of
 * the site only) and `{{< pagebreak >}}` (printed notes). Any other
 * shortcode, and a bad argument, is an error at its place.
 */
export default function remarkShortcodes(options: { siteFiles: SiteFiles }) {
  return (tree: Root, file: VFile) => {
    visit(tree, 'shortcode', (code, index, parent) => {
      if (!parent || index === undefined) return;
      const report: Report = (problem) => reportError(file, { ...problem, place: code.position });
      const expand = SHORTCODES[code.name];
      if (!expand) {
        report({
          ruleId: 'unknown-shortcode',
          reason: `Unknown shortcode "${code.name}"`,
          fix: `the shortcodes read here are ${Object.keys(SHORTCODES).join(', ')}; write the content itself instead`,
        });
      }
      const nodes = expand?.(code, { file, siteFiles: options.siteFiles, report }) ?? [];
      parent.children.splice(index, 1, ...nodes);
      return index + nodes.length;
    });
  };
}
