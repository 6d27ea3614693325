import GithubSlugger from 'github-slugger';
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { toString } from 'hast-util-to-string';
import type { VFile } from 'vfile';
import { hasClass } from './hast-class.ts';
import { lectureIdOf, type CitationUse, type LectureViews, type SlideSummary } from './lecture-views.ts';

const HEADING = /^h[1-6]$/;

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

/** Slides have no room for footnotes: drop the list, keep each marker as plain text. */
function footnotesAsText(parent: Root | Element): void {
  parent.children = parent.children.filter((child) => !(isElement(child) && hasClass(child, 'footnotes'))) as typeof parent.children;
  for (const child of parent.children) {
    if (!isElement(child)) continue;
    if (child.tagName === 'a' && child.properties.dataFootnoteRef !== undefined) {
      child.tagName = 'span';
      child.properties = { className: ['footnote-mark'] };
    } else footnotesAsText(child);
  }
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

function findMath(node: Element): Element | undefined {
  if (node.tagName === 'math') return node;
  for (const child of node.children) {
    const found = isElement(child) ? findMath(child) : undefined;
    if (found) return found;
  }
  return undefined;
}

/**
 * The speaker view (a window reveal.js writes itself) has no KaTeX styles, so
 * math in speaker notes keeps only its MathML, which browsers draw natively.
 */
function notesMathAsMathml(parent: Root | Element, inNotes = false): void {
  for (const child of parent.children) {
    if (!isElement(child)) continue;
    const inside = inNotes || (child.tagName === 'aside' && hasClass(child, 'notes'));
    const math = inside && hasClass(child, 'katex') ? findMath(child) : undefined;
    if (math) {
      child.properties.className = ['notes-math'];
      child.children = [math];
    } else notesMathAsMathml(child, inside);
  }
}

function citeLinks(parent: Element): Element[] {
  return parent.children.flatMap((child) => {
    if (!isElement(child)) return [];
    return child.tagName === 'a' && hasClass(child, 'cite-link') ? [child] : citeLinks(child);
  });
}

/** Every citation with its slide; in the deck, cites point at `#/ref-key` (reveal.js routes by element id). */
function collectCitations(deck: Root, slides: SlideSummary[]): CitationUse[] {
  return slideSections(deck).flatMap((section, index) =>
    citeLinks(section).map((anchor) => {
      anchor.properties.href = String(anchor.properties.href).replace('#ref-', '#/ref-');
      return { key: String(anchor.properties.dataCite), citeId: String(anchor.properties.id), slideId: slides[index]!.id };
    }),
  );
}

function link(href: string, className: string, label: string, context: string): Element {
  const hidden: Element = {
    type: 'element', tagName: 'span', properties: { className: ['visually-hidden'] }, children: [{ type: 'text', value: context }],
  };
  return {
    type: 'element', tagName: 'a', properties: { href, className: [className] },
    children: [{ type: 'text', value: label }, hidden],
  };
}

/**
 * Cross-links between the views. Both pages sit at `/<view>/<lecture>/`, so a
 * relative `../../` link works under any base path.
 */
/**
 * Each deck slide is a labelled region ("slide" to screen readers), so
 * browse mode can list and jump between slides by title.
 */
function labelDeckSlides(deck: Root, slides: SlideSummary[]): void {
  slideSections(deck).forEach((section, index) => {
    section.properties.ariaLabel = slides[index]!.title || `Slide ${index + 1}`;
    section.properties.ariaRoledescription = 'slide';
  });
}

function addDeckLinks(deck: Root, lectureId: string, slides: SlideSummary[]): void {
  slideSections(deck).forEach((section, index) => {
    const slide = slides[index]!;
    const context = slide.title ? `: ${slide.title}` : '';
    section.children.push(link(`../../notes/${lectureId}/#${slide.id}`, 'notes-link', 'Read in notes', context));
  });
}

function addNotesLinks(notes: Root, lectureId: string, slides: SlideSummary[]): void {
  slideSections(notes).forEach((section, index) => {
    const slide = slides[index]!;
    const anchor = link(`../../slides/${lectureId}/#/${slide.id}`, 'slide-link', 'Show slide', slide.title ? `: ${slide.title}` : '');
    const heading = firstHeading(section);
    section.children.splice(heading ? section.children.indexOf(heading) + 1 : 0, 0, anchor);
  });
}

/**
 * Shape the notes view in place: the slide id moves to the slide's heading
 * (anchors and the table of contents point at headings), other headings get
 * ids that cannot clash with slide ids, speaker notes become reading text, and
 * tables and display math (which may scroll sideways) can take keyboard focus.
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
      // Wide tables and equations scroll sideways on phones; keyboard users must reach them.
      if (child.tagName === 'table' || hasClass(child, 'katex-display')) child.properties.tabIndex = 0;
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
 * notes kept as reveal.js asides, `notes-only` blocks dropped, a "read in
 * notes" link per slide) is serialised
 * into `file.data.astro.frontmatter.lectureViews` with a summary of every
 * slide; the tree itself becomes the notes view (`slides-only` blocks and code
 * step markers dropped, a "show slide" link per section).
 */
export default function rehypeLectureViews() {
  return (tree: Root, file: VFile) => {
    const slides = slideSections(tree).map(summarise);
    const lectureId = lectureIdOf(file.path);
    const deck = structuredClone(tree);
    dropBlocks(deck, 'notes-only');
    footnotesAsText(deck);
    notesMathAsMathml(deck);
    labelDeckSlides(deck, slides);
    if (lectureId) addDeckLinks(deck, lectureId, slides);
    const citations = collectCitations(deck, slides);
    const words = String(file.value).split(/\s+/).filter(Boolean).length;
    const views: LectureViews = { slides, citations, deckHtml: toHtml(deck, { allowDangerousHtml: true }), words };

    dropBlocks(tree, 'slides-only');
    dropBlocks(tree, 'code-step');
    shapeNotesView(tree, slides);
    if (lectureId) addNotesLinks(tree, lectureId, slides);

    file.data.astro ??= {};
    file.data.astro.frontmatter ??= {};
    file.data.astro.frontmatter.lectureViews = views;
  };
}
