import GithubSlugger from 'github-slugger';
import type { Heading, Root, RootContent } from 'mdast';
import type { ContainerDirective, LeafDirective } from 'mdast-util-directive';
import { toString } from 'mdast-util-to-string';
import type { VFile } from 'vfile';
import { reportError } from './diagnostics.ts';
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

/** Split the top-level nodes at slide boundaries, keeping the boundary's line. */
function splitIntoDrafts(children: RootContent[]): SlideDraft[] {
  const drafts: SlideDraft[] = [];
  for (const node of children) {
    const kind = boundaryKind(node);
    if (kind) {
      drafts.push({
        kind,
        heading: node.type === 'heading' ? node : undefined,
        line: node.position?.start.line,
        children: node.type === 'heading' ? [node] : [],
        directives: [],
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
    const id = slugger.slug(text);
    if (!/[\p{L}\p{N}]/u.test(id.replace(/-\d+$/, ''))) return slug('slide');
    return isPageId(id) ? slugger.slug(`${text} slide`) : id;
  };
  let lastTitled = 'slide';
  let continuation = 0;
  return drafts.map((draft, index) => {
    const id = explicit[index];
    if (id) return id;
    if (draft.heading) {
      lastTitled = slug(toString(draft.heading) || 'slide');
      continuation = 0;
      return lastTitled;
    }
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
 * stable id, the line it starts on and the attributes of its `::slide{…}`.
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
      return { type: 'slide', children: draft.children, data: { hName: 'section', hProperties } };
    });
  };
}
