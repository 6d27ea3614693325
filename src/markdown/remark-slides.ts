import GithubSlugger from 'github-slugger';
import type { Heading, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { SlideKind, SlideNode } from './slide-node.ts';

interface SlideDraft {
  kind: SlideKind;
  heading?: Heading;
  line?: number;
  children: RootContent[];
}

/** Whether a top-level node opens a new slide, and of which kind. */
function boundaryKind(node: RootContent): SlideKind | undefined {
  if (node.type === 'heading' && node.depth === 1) return 'section';
  if (node.type === 'heading' && node.depth === 2) return 'slide';
  if (node.type === 'thematicBreak') return 'continuation';
  return undefined;
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
      });
      continue;
    }
    let current = drafts.at(-1);
    if (!current) {
      current = { kind: 'continuation', line: node.position?.start.line, children: [] };
      drafts.push(current);
    }
    current.children.push(node);
  }
  return drafts;
}

/**
 * Give every slide an id: the slug of its heading, or for a slide without a
 * heading the id of the last titled slide plus a counter. Ids follow headings,
 * not positions, so links to a slide survive reordering.
 */
function assignIds(drafts: SlideDraft[]): string[] {
  const slugger = new GithubSlugger();
  let lastTitled = 'slide';
  let continuation = 0;
  return drafts.map((draft) => {
    if (draft.heading) {
      lastTitled = slugger.slug(toString(draft.heading) || 'slide');
      continuation = 0;
      return lastTitled;
    }
    continuation += 1;
    return slugger.slug(`${lastTitled}-${continuation}`);
  });
}

/**
 * Split a lecture into slides (Quarto's convention, so the file still reads as
 * an article): `#` opens a section title slide, `##` a slide, and a top-level
 * `---` a slide without a heading. Each slide becomes a `<section>` with a
 * stable id and the line it starts on.
 */
export default function remarkSlides() {
  return (tree: Root) => {
    const drafts = splitIntoDrafts(tree.children);
    const ids = assignIds(drafts);
    tree.children = drafts.map((draft, index): SlideNode => {
      const hProperties: SlideNode['data']['hProperties'] = {
        id: ids[index],
        className: ['slide', `slide-${draft.kind}`],
      };
      if (draft.line !== undefined) hProperties.dataSourceLine = draft.line;
      return { type: 'slide', children: draft.children, data: { hName: 'section', hProperties } };
    });
  };
}
