import GithubSlugger from 'github-slugger';
import type { Element, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { walkElements } from './hast-walk.ts';
import type { LectureHeading, Slide } from '../model/lecture.ts';
import { PAGE_IDS } from '../model/page-ids.ts';
import { hasClass } from './hast-class.ts';
import { headingSlug } from './heading-slug.ts';
import { crossLink, dropBlocks, firstHeading, HEADING, headingText, isElement, isHidden, slideSections } from './hast-tree.ts';
import { CONTINUED_CLASS } from './remark-paginate.ts';

/**
 * Headings and wide blocks inside a slide section: headings other than the
 * slide's get ids that cannot clash with slide ids; tables and display math
 * (which may scroll sideways on phones) can take keyboard focus; speaker notes
 * become reading text.
 */
function shapeSection(parent: Element, slugger: GithubSlugger): void {
  for (const child of parent.children) {
    if (!isElement(child)) continue;
    if (HEADING.test(child.tagName) && child.properties.id === undefined) {
      child.properties.id = headingSlug(slugger, toString(child));
    }
    if (child.tagName === 'table' || hasClass(child, 'katex-display')) child.properties.tabIndex = 0;
    if (child.tagName === 'aside' && hasClass(child, 'notes')) {
      child.tagName = 'div';
      child.properties.className = ['lecture-notes'];
    }
    shapeSection(child, slugger);
  }
}

/** Every heading of the notes, in order, for the contents list. */
function collectHeadings(tree: Root): LectureHeading[] {
  const headings: LectureHeading[] = [];
  walkElements(tree, (node) => {
    if (!HEADING.test(node.tagName) || typeof node.properties.id !== 'string') return;
    headings.push({ depth: Number(node.tagName[1]), slug: node.properties.id, text: headingText(node) });
  });
  return headings;
}

/**
 * Shape the lecture tree, in place, into the notes view: `slides-only` blocks
 * and code-step markers dropped, each slide's id moved to its heading (anchors
 * and the contents list point at headings), and a "Show slide" link under it
 * (not on a course page, which has no deck, nor under a slide's continuation,
 * whose id stays on its section, marking where it starts). Returns the headings.
 */
export function notesView(tree: Root, slides: Slide[], lectureId: string, { slideLinks = true } = {}): LectureHeading[] {
  dropBlocks(tree, 'slides-only');
  dropBlocks(tree, 'code-step');
  const slugger = new GithubSlugger();
  for (const id of [...PAGE_IDS, ...slides.map((slide) => slide.id)]) slugger.slug(id);
  slideSections(tree).forEach((section, index) => {
    const slide = slides[index]!;
    // A slide's continuation reads on in its section: its title is on slides only, and a heading it starts with keeps its own id.
    const continued = hasClass(section, CONTINUED_CLASS);
    const heading = continued ? undefined : firstHeading(section);
    if (heading) {
      heading.properties.id = section.properties.id;
      delete section.properties.id;
    }
    shapeSection(section, slugger);
    if (isHidden(section) || !slideLinks || continued) return;
    const link = crossLink(`../../slides/${lectureId}/#/${slide.id}`, 'slide-link', 'Show slide', slide.title ? `: ${slide.title}` : '');
    section.children.splice(heading ? section.children.indexOf(heading) + 1 : 0, 0, link);
  });
  return collectHeadings(tree);
}
