import type { Element, Root } from 'hast';
import type { Schema } from 'hast-util-sanitize';
import { walkElements } from './hast-walk.ts';
import type { VFile } from 'vfile';
import { checkUrl } from '../model/url-policy.ts';
import { reportError } from './diagnostics.ts';
import { allowsAttribute } from './html-schema.ts';

/** Options of the HTML policy. */
export interface HtmlPolicyOptions {
  /** What may stay (the same schema rehype-sanitize then enforces). */
  schema: Schema;
  /** Hosts whose iframes, images and media the course allows (`embeds:` in course.yaml); everything else must be a file of the site. */
  embedHosts: readonly string[];
}

/** Elements refused outright, with what to do instead. */
const REFUSED: Record<string, string> = {
  script: 'a lecture runs no script of its own; link to the code or show it in a code block',
  style: 'styles belong to the course theme (theme.stylesheet in course.yaml)',
  svg: 'save the drawing as an .svg file and show it with ![alt text](file.svg)',
  math: 'write maths as $…$ or $$…$$',
};

/** Attributes holding a URL, by hast name. */
const URL_ATTRIBUTES = ['href', 'src', 'poster', 'cite', 'dataBackgroundImage', 'dataBackgroundVideo', 'dataBackgroundIframe'];

/** Elements whose `src` (or `poster`) the browser fetches as it shows the page. */
const FETCHED = new Set(['img', 'video', 'audio', 'source', 'track', 'iframe']);

function hostOf(url: string): string | undefined {
  try {
    return new URL(url, 'https://site.invalid/').host;
  } catch {
    return undefined;
  }
}

/** A problem: rule id, what is wrong, what to do, and the attribute to remove (none: the sanitiser removes the element). */
type Problem = [string, string, string, string?];

/** The problems of one element under the policy. */
function problemsOf(node: Element, { schema, embedHosts }: HtmlPolicyOptions): Problem[] {
  const tag = node.tagName;
  if (REFUSED[tag]) return [['html-not-allowed', `HTML element <${tag}> is not allowed in a lecture`, REFUSED[tag]]];
  if (!schema.tagNames?.includes(tag)) return [['html-not-allowed', `HTML element <${tag}> is not allowed in a lecture`, 'use Markdown, or one of the HTML elements the README lists as allowed']];
  const problems: Problem[] = [];
  for (const [name, value] of Object.entries(node.properties)) {
    if (/^on[A-Z]/.test(name)) problems.push(['html-not-allowed', `Event handler "${name.toLowerCase()}" on <${tag}> is not allowed`, 'a lecture runs no script of its own: remove the attribute', name]);
    else if (!allowsAttribute(schema, tag, name, value)) problems.push(['html-not-allowed', `Attribute "${name}" on <${tag}> is not allowed`, 'remove it (the README lists what HTML may carry)', name]);
    else if (URL_ATTRIBUTES.includes(name) && typeof value === 'string') problems.push(...urlProblems(tag, name, value, embedHosts));
  }
  return problems;
}

function urlProblems(tag: string, name: string, url: string, embedHosts: readonly string[]): Problem[] {
  const verdict = checkUrl(url);
  if (!verdict.ok) return [['unsafe-url', `${name} of <${tag}>: ${verdict.reason}`, 'link to a web page (https://…) or a file of the site', name]];
  const fetched = (FETCHED.has(tag) && (name === 'src' || name === 'poster')) || name.startsWith('dataBackground');
  const host = hostOf(url);
  if (fetched && verdict.remote && !(host && embedHosts.includes(host))) {
    return [['remote-resource', `<${tag}> would load ${url} from another site when the page is shown (the site works offline)`,
      `save the file with the lecture and point to it, or allow the host with embeds: [${host ?? 'host'}] in course.yaml`, name]];
  }
  return [];
}

/**
 * Raw HTML and links in a lecture, checked against one policy before
 * rehype-sanitize enforces it: no scripts, styles, event handlers or
 * disallowed elements and attributes; every URL through `checkUrl`; nothing
 * fetched from another site unless the course allows its host. Each problem
 * is an error at its line, so nothing is removed silently.
 */
export default function rehypeHtmlPolicy(options: HtmlPolicyOptions) {
  return (tree: Root, file: VFile) => {
    walkElements(tree, (node) => {
      for (const [ruleId, reason, fix, attribute] of problemsOf(node, options)) {
        reportError(file, { ruleId, reason, fix, place: node.position });
        // The build stops at the error; what is reported never reaches a page all the same.
        if (attribute) delete node.properties[attribute];
      }
      // One error for a refused element: what is inside it goes with it.
      return REFUSED[node.tagName] || !options.schema.tagNames?.includes(node.tagName) ? 'skip' : undefined;
    });
  };
}
