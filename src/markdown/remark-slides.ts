import GithubSlugger from 'github-slugger';
import type { Heading, Root, RootContent } from 'mdast';
import type { ContainerDirective, LeafDirective } from 'mdast-util-directive';
import { toString } from 'mdast-util-to-string';
import type { VFile } from 'vfile';
import { reportError } from './diagnostics.ts';
import { headingClasses } from './heading-classes.ts';
import { headingSlug } from './heading-slug.ts';
import { directiveAttributes } from './pandoc/attributes.ts';
import { readSlideAttributes, SLIDE_ATTRIBUTE_NAMES } from './slide-attributes.ts';
import type { SlideKind } from '../model/lecture.ts';
import { isPageId } from '../model/page-ids.ts';
import type { SlideNode } from './slide-node.ts';

type SlideDirective = LeafDirective | ContainerDirective;

interface SlideDraft {
  kind: SlideKind;
  heading?: Heading;
  line?: number;
  children: RootContent[];
  directives: SlideDirective[];
}

/** Whether a top-level node opens a new slide, and of which kind. */
function boundaryKind(node: RootContent): SlideKind | undefined {
  if (node.type === 'heading' && node.depth === 1) return 'section';
  if (node.type === 'heading' && node.depth === 2) return 'slide';
  if (node.type === 'thematicBreak') return 'continuation';
  return undefined;
}

function isSlideDirective(node: RootContent): node is SlideDirective {
  return (node.type === 'leafDirective' || node.type === 'containerDirective') && node.name === 'slide';
}

/**
 * A `{…}` on a slide's heading as slide attributes, in the form `::slide{…}`
 * takes; it stands in the draft's directives, at the heading's place.
 */
function headingDirective(heading: Heading): LeafDirective[] {
  const attributes = heading.data?.attributes;
  if (!attributes) return [];
  const classes = headingClasses(attributes);
  return [{ type: 'leafDirective', name: 'slide', attributes: directiveAttributes({ ...attributes, classes }), children: [], position: heading.position }];
}

/** Split the top-level nodes at slide boundaries, keeping the boundary's line. */
function splitIntoDrafts(children: RootContent[]): SlideDraft[] {
  const drafts: SlideDraft[] = [];
  for (const node of children) {
    const kind = boundaryKind(node);
    if (kind) {
      // Quarto's `## {background-image="…"}`: a heading with attributes only opens an untitled slide.
      const heading = node.type === 'heading' && toString(node).trim() ? node : undefined;
      drafts.push({
        kind,
        heading,
        line: node.position?.start.line,
        children: heading ? [heading] : [],
        directives: node.type === 'heading' ? headingDirective(node) : [],
      });
      continue;
    }
    let current = drafts.at(-1);
    if (!current) {
      current = { kind: 'continuation', line: node.position?.start.line, children: [], directives: [] };
      drafts.push(current);
    }
    if (isSlideDirective(node)) {
      current.directives.push(node);
      if (node.type === 'containerDirective') current.children.push(...(node.children as RootContent[]));
    } else current.children.push(node);
  }
  return drafts;
}

/**
 * Give every slide an id: an explicit `::slide{#id}`, else the slug of its
 * heading, else (for a slide opened by `---`) the id of the last titled slide
 * plus a counter. Ids follow headings, not positions, so links survive reordering.
 */
function assignIds(drafts: SlideDraft[], explicit: (string | undefined)[]): string[] {
  const slugger = new GithubSlugger();
  // A heading of only emoji or punctuation has an empty slug; ids the pages use for their own parts are taken.
  const slug = (text: string): string => {
    const id = headingSlug(slugger, text);
    if (!/[\p{L}\p{N}]/u.test(id.replace(/-\d+$/, ''))) return slug('slide');
    return isPageId(id) ? slugger.slug(`${text} slide`) : id;
  };
  let lastTitled = 'slide';
  let continuation = 0;
  return drafts.map((draft, index) => {
    const id = explicit[index];
    if (draft.heading || (id && draft.kind !== 'continuation')) {
      lastTitled = id ?? slug(toString(draft.heading!) || 'slide');
      continuation = 0;
      return lastTitled;
    }
    if (id) return id;
    continuation += 1;
    return slug(`${lastTitled}-${continuation}`);
  });
}

/** Read the `::slide{…}` directives of a draft, reporting unknown attributes. */
function slideAttributes(draft: SlideDraft, file: VFile) {
  const merged = { properties: {}, classes: [] as string[], id: undefined as string | undefined };
  for (const directive of draft.directives) {
    const read = readSlideAttributes(directive.attributes ?? {});
    for (const name of read.unknown) {
      reportError(file, {
        ruleId: 'slide-attribute',
        reason: `Unknown slide attribute "${name}"`,
        fix: `use one of: ${SLIDE_ATTRIBUTE_NAMES.join(', ')}`,
        place: directive.position,
      });
    }
    for (const { name, value, expected } of read.invalid) {
      reportError(file, { ruleId: 'slide-attribute', reason: `Slide attribute ${name}="${value}" cannot be used`, fix: `write ${expected}`, place: directive.position });
    }
    Object.assign(merged.properties, read.properties);
    merged.classes.push(...read.classes);
    merged.id = read.id ?? merged.id;
  }
  return merged;
}

/**
 * Split a lecture into slides (Quarto's convention, so the file still reads as
 * an article): `#` opens a section title slide, `##` a slide, and a top-level
 * `---` a slide without a heading. Each slide becomes a `<section>` with a
 * stable id, the line it starts on and the attributes of its `::slide{…}`
 * or of its heading (`## Title {#id .smaller background-color="black"}`).
 */
export default function remarkSlides() {
  return (tree: Root, file: VFile) => {
    const drafts = splitIntoDrafts(tree.children);
    const attributes = drafts.map((draft) => slideAttributes(draft, file));
    const ids = assignIds(drafts, attributes.map((attribute) => attribute.id));
    tree.children = drafts.map((draft, index): SlideNode => {
      const { properties, classes } = attributes[index]!;
      const hProperties: SlideNode['data']['hProperties'] = {
        ...properties,
        id: ids[index]!,
        className: ['slide', `slide-${draft.kind}`, ...classes],
      };
      if (draft.line !== undefined) hProperties.dataSourceLine = draft.line;
      // Placed at its opening line, so a problem found later in the section itself (its background URL) is located.
      const position = draft.line === undefined ? {} : { position: { start: { line: draft.line, column: 1 }, end: draft.children.at(-1)?.position?.end ?? { line: draft.line, column: 1 } } };
      return { type: 'slide', children: draft.children, data: { hName: 'section', hProperties }, ...position };
    });
  };
}
