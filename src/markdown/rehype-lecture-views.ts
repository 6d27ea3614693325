import GithubSlugger from 'github-slugger';
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { toString } from 'hast-util-to-string';
import type { VFile } from 'vfile';
import type { LectureViews, SlideSummary } from './lecture-views.ts';

const HEADING = /^h[1-6]$/;

function hasClass(node: Element, className: string): boolean {
  const classes = node.properties.className;
  return Array.isArray(classes) && classes.includes(className);
}

function isElement(node: RootContent | ElementContent): node is Element {
  return node.type === 'element';
}

/** Remove, at any depth, the elements carrying `className`. */
function dropBlocks(parent: Root | Element, className: string): void {
  parent.children = parent.children.filter(
    (child) => !(isElement(child) && hasClass(child, className)),
  ) as typeof parent.children;
  for (const child of parent.children) if (isElement(child)) dropBlocks(child, className);
}

function slideSections(tree: Root): Element[] {
  return tree.children.filter((node): node is Element => isElement(node) && hasClass(node, 'slide'));
}

function firstHeading(section: Element): Element | undefined {
  return section.children.find((child): child is Element => isElement(child) && HEADING.test(child.tagName));
}

function summarise(section: Element): SlideSummary {
  const heading = firstHeading(section);
  const classes = section.properties.className as string[];
  return {
    id: String(section.properties.id),
    title: heading ? toString(heading).trim() : '',
    line: Number(section.properties.dataSourceLine ?? 0),
    kind: classes.includes('slide-section') ? 'section' : heading ? 'slide' : 'continuation',
  };
}

/**
 * Shape the notes view in place: the slide id moves to the slide's heading
 * (anchors and the table of contents point at headings), other headings get
 * ids that cannot clash with slide ids, and speaker notes become reading text.
 */
function shapeNotesView(tree: Root, slides: SlideSummary[]): void {
  const slugger = new GithubSlugger();
  for (const slide of slides) slugger.slug(slide.id);
  const visitHeadings = (parent: Element) => {
    for (const child of parent.children) {
      if (!isElement(child)) continue;
      if (HEADING.test(child.tagName) && child.properties.id === undefined) {
        child.properties.id = slugger.slug(toString(child));
      }
      if (child.tagName === 'aside' && hasClass(child, 'notes')) {
        child.tagName = 'div';
        child.properties.className = ['lecture-notes'];
      }
      visitHeadings(child);
    }
  };
  for (const section of slideSections(tree)) {
    const heading = firstHeading(section);
    if (heading) {
      heading.properties.id = section.properties.id;
      delete section.properties.id;
    }
    visitHeadings(section);
  }
}

/**
 * Produce the two views of one lecture from one tree. The deck view (speaker
 * notes kept as reveal.js asides, `notes-only` blocks dropped) is serialised
 * into `file.data.astro.frontmatter.lectureViews` with a summary of every
 * slide; the tree itself becomes the notes view (`slides-only` blocks dropped).
 */
export default function rehypeLectureViews() {
  return (tree: Root, file: VFile) => {
    const slides = slideSections(tree).map(summarise);
    const deck = structuredClone(tree);
    dropBlocks(deck, 'notes-only');
    const views: LectureViews = { slides, deckHtml: toHtml(deck, { allowDangerousHtml: true }) };

    dropBlocks(tree, 'slides-only');
    shapeNotesView(tree, slides);

    file.data.astro ??= {};
    file.data.astro.frontmatter ??= {};
    file.data.astro.frontmatter.lectureViews = views;
  };
}
