import type { Heading, Root, RootContent } from 'mdast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { type CourseDeckLayout, lectureDeckLayout, type LectureDeckLayout } from './deck-layout.ts';
import type { ImageFiles } from './image-files.ts';
import { canScroll, cutFirst, cutToFit, flowsOn } from './slide-cut.ts';
import { slideScale, stackHeight } from './slide-height.ts';
import { isSlide, type SlideNode } from './slide-node.ts';

/** The class of a slide that continues the one before it (its title says "(cont.)"). */
export const CONTINUED_CLASS = 'slide-cont';

/** Classes of a slide that say what opened it (remark-slides). */
const KIND_CLASS = /^slide-(section|slide|continuation)$/;

/** The blocks a part ends with from its last heading on, when that heading would end it: they go on with the next part. */
function headingCarriedOn(part: RootContent[], shows: (block: RootContent) => boolean): RootContent[] {
  const last = part.findLastIndex(shows);
  if (part[last]?.type !== 'heading' || !part.slice(0, last).some(shows)) return [];
  return part.splice(last);
}

/** How a slide's body is measured beside its title: in frame pixels, against the room its frame has. */
interface BodyRoom {
  height(blocks: RootContent[]): number;
  room: number;
}

/** A block too tall for any slide, which scrolls, still goes beside what a part holds when this much of the room is left. */
const SCROLL_SHARE = 0.5;

/**
 * Cut a slide's body into parts that each fit beside its title: block by block, a pause's step (or
 * a list or cell too tall for a part of its own) filling a part before it goes on, a heading never
 * left last on a part. A block that cannot be cut, fits no slide and scrolls (code, an output, a
 * table) stays on the part it comes to while half the room is left there, so a lead-in keeps its
 * code; else it goes on one of its own.
 */
function cutIntoParts(body: RootContent[], { height, room }: BodyRoom): RootContent[][] {
  const fits = (blocks: RootContent[]) => height(blocks) <= room;
  const shows = (block: RootContent) => height([block]) > height([]);
  const parts: RootContent[][] = [[]];
  const queue = [...body];
  while (queue.length > 0) {
    const block = queue.shift()!;
    const part = parts.at(-1)!;
    if (!shows(block) || fits([...part, block])) {
      part.push(block);
      continue;
    }
    const started = part.some(shows);
    const cutRoom = { fitsHere: (head: RootContent) => fits([...part, head]), fitsAlone: (piece: RootContent) => fits([piece]) };
    // A block that will be cut anyway (it fits no slide of its own) fills this part first.
    const flows = !started || flowsOn(block) || !fits([block]);
    const cut = (flows ? cutToFit(block, cutRoom) : undefined) ?? (started ? undefined : cutFirst(block));
    const scrolls = !cut && canScroll(block) && !fits([block]) && height(part) <= room * SCROLL_SHARE;
    if (cut) {
      part.push(cut.head);
      queue.unshift(...cut.rest);
    } else if (started && !scrolls) {
      parts.push(headingCarriedOn(part, shows));
      queue.unshift(block);
    } else part.push(block);
  }
  return parts;
}

/** The ids of a slide's continuations: `<id>-cont`, `<id>-cont-2` …, each one no slide has yet. */
function continuationIds(id: string, count: number, taken: Set<string>): string[] {
  const ids: string[] = [];
  for (let number = 1; ids.length < count; number++) {
    const candidate = number === 1 ? `${id}-cont` : `${id}-cont-${number}`;
    if (taken.has(candidate)) continue;
    taken.add(candidate);
    ids.push(candidate);
  }
  return ids;
}

/** A continuation's title: the slide's, with "(cont.)", on the slide only (the notes have the heading once); no id of the original repeated. */
function continuedTitle(heading: Heading): Heading {
  const title = structuredClone(heading);
  visit(title, (node) => {
    const properties = node.data?.hProperties;
    if (properties) delete properties.id;
  });
  const classes = title.data?.hProperties?.className;
  title.depth = 2;
  title.children.push({ type: 'text', value: ' (cont.)' });
  title.data = { ...title.data, hProperties: { ...title.data?.hProperties, className: [...(Array.isArray(classes) ? classes.map(String) : []), 'slides-only'] } };
  return title;
}

/** A slide after the first of a paginated one: its look and background, its own id and line, no share of the slide's timing. */
function continuation(slide: SlideNode, title: Heading | undefined, part: RootContent[], id: string): SlideNode {
  const { dataTiming: _timing, dataSourceLine: _line, ...properties } = slide.data.hProperties;
  const classes = (properties.className as string[]).filter((name) => !KIND_CLASS.test(name));
  const [first, last] = [part[0]?.position, part.at(-1)?.position];
  const line = first?.start.line;
  return {
    type: 'slide',
    children: title ? [continuedTitle(title), ...part] : part,
    data: {
      hName: 'section',
      hProperties: {
        ...properties,
        id,
        className: ['slide', title ? 'slide-slide' : 'slide-continuation', CONTINUED_CLASS, ...classes.filter((name) => name !== 'slide')],
        ...(line === undefined ? {} : { dataSourceLine: line }),
      },
    },
    ...(first && last ? { position: { start: first.start, end: last.end } } : {}),
  };
}

/**
 * The speaker notes of a paginated slide stand on its first part, where the presenter starts on
 * it: a copy of each note of a later part goes there (deck only, `slides-only`), the note itself
 * keeps its place in the reading notes (`notes-only`).
 */
function notesOnFirstPart([first, ...rest]: SlideNode[]): void {
  for (const part of rest) {
    for (const node of part.children) {
      if (node.type !== 'containerDirective' || node.name !== 'notes') continue;
      const copy = structuredClone(node);
      copy.data = { ...copy.data, hProperties: { ...copy.data?.hProperties, className: ['notes', 'slides-only'] } };
      first!.children.push(copy);
      node.data = { ...node.data, hProperties: { ...node.data?.hProperties, className: ['notes', 'notes-only'] } };
    }
  }
}

/** A slide as the slides it takes to fit its frame: itself when it fits, else its parts. */
function paginate(slide: SlideNode, { layout, room }: LectureDeckLayout, taken: Set<string>): SlideNode[] {
  const [first] = slide.children;
  const title = first?.type === 'heading' ? first : undefined;
  const body = title ? slide.children.slice(1) : slide.children;
  const scale = slideScale(slide);
  const height = (blocks: RootContent[]) => stackHeight(title ? [title, ...blocks] : blocks, layout) * scale;
  if (height(body) <= room) return [slide];
  const parts = cutIntoParts(body, { height, room });
  if (parts.length < 2) return [slide];
  const ids = continuationIds(String(slide.data.hProperties.id), parts.length - 1, taken);
  const slides = [{ ...slide, children: title ? [title, ...parts[0]!] : parts[0]! }, ...parts.slice(1).map((part, index) => continuation(slide, title, part, ids[index]!))];
  notesOnFirstPart(slides);
  return slides;
}

/** Slides laid out by their author: hidden from the deck, or scrolling (Quarto's `{.scrollable}`). */
function keptWhole(slide: SlideNode): boolean {
  return slide.data.hProperties.dataVisibility === 'hidden' || (slide.data.hProperties.className as string[]).includes('scrollable');
}

/**
 * Beamer's `allowframebreaks`: a slide the estimate finds too tall for its frame continues on the
 * next slide, cut at a block boundary (a heading, a paragraph, a cell, a list item), each
 * continuation titled as the slide with "(cont.)", with its classes and background and an id of
 * its own (`title-cont`, `title-cont-2`). Every continuation is a slide of the deck, its PDFs, menu
 * and search; the reading notes keep one section (the repeated title is on slides only, and notes-view
 * gives a continuation no "Show slide" link of its own).
 * Off with `paginate: false` (the lecture's frontmatter, or course.yaml for every lecture).
 */
export default function remarkPaginate(options: { images: ImageFiles; course?: CourseDeckLayout }) {
  return (tree: Root, file: VFile) => {
    const deck = lectureDeckLayout(file, options.images, options.course);
    if (!deck.paginate) return;
    const taken = new Set(tree.children.filter(isSlide).map((slide) => String(slide.data.hProperties.id)));
    tree.children = tree.children.flatMap((node) => (isSlide(node) && !keptWhole(node) ? paginate(node, deck, taken) : [node]));
  };
}
