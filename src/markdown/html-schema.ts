import { defaultSchema, type Schema } from 'hast-util-sanitize';
import { find, html } from 'property-information';

type AttributeSpec = NonNullable<Schema['attributes']>[string][number];

/** ARIA properties lectures and our plugins use (hast names). */
const ARIA = ['ariaLabel', 'ariaLabelledBy', 'ariaDescribedBy', 'ariaHidden', 'ariaRoledescription', 'ariaLive', 'ariaCurrent',
  'ariaExpanded', 'ariaControls', 'ariaSelected', 'ariaDescription'];

/** Media a lecture may embed (its own files, or hosts the course allows). */
const MEDIA = ['src', 'controls', 'poster', 'preload', 'loop', 'muted', 'autoPlay', 'playsInline', 'width', 'height'];

/**
 * What HTML a lecture may contain, raw or made by our Markdown plugins, as a
 * hast-util-sanitize schema: GitHub's allowlist plus slides, asides, figures,
 * media and details, classes, ids (not prefixed: slide links need them),
 * `data-*` (reveal.js reads them), ARIA and inline styles (whose URLs are
 * checked). Scripts and styles are stripped with their content. Which
 * hosts an iframe or media may come from is the HTML policy's to decide
 * (`rehype-html-policy`), not the schema's.
 */
export function lectureHtmlSchema(): Schema {
  // GitHub's schema allows only given classes on some elements; a tag's own rule would win over '*'.
  const attributes: Record<string, AttributeSpec[]> = Object.fromEntries(Object.entries(defaultSchema.attributes ?? {})
    .map(([tag, specs]) => [tag, specs.filter((spec) => !(Array.isArray(spec) && spec[0] === 'className'))]));
  attributes['*'] = [...(attributes['*'] ?? []), 'className', 'role', 'hidden', 'style', 'data*', ...ARIA];
  attributes.a = [...(attributes.a ?? []), 'target', 'rel'];
  attributes.img = [...(attributes.img ?? []), 'loading', 'decoding', 'srcSet', 'sizes'];
  attributes.video = MEDIA;
  attributes.audio = MEDIA;
  attributes.source = ['src', 'srcSet', 'type', 'media', 'sizes'];
  attributes.track = ['src', 'kind', 'srcLang', 'label', 'default'];
  // What embed codes copied from a video or slide host carry (frameborder="0" among them).
  attributes.iframe = ['src', 'title', 'width', 'height', 'allow', 'allowFullScreen', 'loading', 'frameBorder', 'scrolling', 'referrerPolicy', 'name'];
  return {
    ...defaultSchema,
    tagNames: [...(defaultSchema.tagNames ?? []), 'aside', 'figure', 'figcaption', 'video', 'audio', 'track', 'iframe', 'mark',
      'small', 'abbr', 'cite', 'dfn', 'time', 'u', 'caption', 'colgroup', 'col', 'header', 'footer'],
    attributes,
    // Slide and section ids are link targets: keep them as written.
    clobber: [],
    clobberPrefix: '',
    protocols: { ...defaultSchema.protocols, href: ['http', 'https', 'mailto'], src: ['http', 'https'], poster: ['http', 'https'] },
    strip: ['script', 'style'],
  };
}

/**
 * Whether a schema allows property `name` (hast spelling) on element `tag`,
 * with `value` when given: a rule that lists values (`['type', 'checkbox']`
 * on `<input>`) allows only those, as the sanitiser enforces. Both names are
 * read as HTML reads attribute names, as the sanitiser does: `frameborder`,
 * `frameBorder` and `FRAMEBORDER` are one.
 */
export function allowsAttribute(schema: Schema, tag: string, name: string, value?: unknown): boolean {
  const specs = [...(schema.attributes?.[tag] ?? []), ...(schema.attributes?.['*'] ?? [])];
  const property = find(html, name).property;
  return specs.some((spec) => {
    const [key, ...allowed] = typeof spec === 'string' ? [spec] : spec;
    if (!(key !== undefined && find(html, key).property === property) && !(key === 'data*' && /^data[A-Z]/.test(property))) return false;
    const values = Array.isArray(value) ? value : [value];
    return allowed.length === 0 || value === undefined
      || values.every((item) => allowed.some((option) => (option instanceof RegExp ? option.test(String(item)) : option === item)));
  });
}
