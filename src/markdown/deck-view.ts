import type { Element, Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { walkElements } from './hast-walk.ts';
import type { CitationUse, DeckSlide, Slide } from '../model/lecture.ts';
import { hasClass } from './hast-class.ts';
import { cloneTree, crossLink, dropBlocks, isElement, isHidden, slideSections } from './hast-tree.ts';

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

/** Collapsed callouts stand open on slides, which are not clicked through in a lecture. */
function openForSlides(deck: Root): void {
  walkElements(deck, (node) => {
    if (node.tagName === 'details' && hasClass(node, 'callout-details')) node.properties.open = true;
  });
}

/** The links of a class under an element (cites, cross-references). */
function linksOfClass(parent: Element, className: string): Element[] {
  return parent.children.flatMap((child) => {
    if (!isElement(child)) return [];
    return child.tagName === 'a' && hasClass(child, className) ? [child] : linksOfClass(child, className);
  });
}

/**
 * Each slide's section becomes a labelled region ("slide" to screen readers,
 * so browse mode lists slides by title) with a link to its notes section;
 * both pages sit at `/<view>/<lecture>/`, so `../../` works under any base.
 * In the deck, cites point at `#/ref-key` and cross-references at `#/fig-x`
 * (reveal.js routes by element id to the slide holding it).
 */
function finishSection(section: Element, slide: Slide, index: number, lectureId: string): CitationUse[] {
  section.properties.ariaLabel = slide.title || `Slide ${index + 1}`;
  section.properties.ariaRoledescription = 'slide';
  section.children.push(crossLink(`../../notes/${lectureId}/#${slide.id}`, 'notes-link', 'Read in notes', slide.title ? `: ${slide.title}` : ''));
  for (const anchor of linksOfClass(section, 'crossref')) anchor.properties.href = String(anchor.properties.href).replace('#', '#/');
  return linksOfClass(section, 'cite-link').map((anchor) => {
    anchor.properties.href = String(anchor.properties.href).replace('#ref-', '#/ref-');
    return { key: String(anchor.properties.dataCite), citeId: String(anchor.properties.id), slideId: slide.id };
  });
}

/**
 * The deck view of a lecture tree (left untouched): speaker notes kept as
 * reveal.js asides, `notes-only` blocks and hidden slides dropped, and each
 * slide serialised on its own, with every citation it makes.
 */
export function deckView(tree: Root, slides: Slide[], lectureId: string): { slides: DeckSlide[]; citations: CitationUse[] } {
  const deck = cloneTree(tree);
  dropBlocks(deck, 'notes-only');
  footnotesAsText(deck);
  notesMathAsMathml(deck);
  openForSlides(deck);
  const citations: CitationUse[] = [];
  // A `visibility="hidden"` slide is left out of the deck (its PDF, search results and links too); the notes keep it.
  const deckSlides = slideSections(deck).flatMap((section, index) => {
    if (isHidden(section)) return [];
    const slide = slides[index]!;
    citations.push(...finishSection(section, slide, index, lectureId));
    return [{ ...slide, html: toHtml(section, { allowDangerousHtml: true }) }];
  });
  return { slides: deckSlides, citations };
}
