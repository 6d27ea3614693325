import type { Notebook, NotebookCell } from './notebook.ts';

/**
 * A notebook's slideshow (Jupyter's `metadata.slideshow.slide_type`, which RISE and nbconvert's
 * slides exporter read) written in the lecture's own syntax, following nbconvert's rules
 * (nbconvert/exporters/slides.py): every cell goes on with the slide before (`-`) unless it says
 * otherwise; the first cell shown starts the first slide; `slide` and `subslide` start a slide
 * (this site's decks are flat, so a subslide is the next slide, not one below); `fragment` starts
 * a step that runs to the next fragment or slide (a pause, `. . .`); `notes` are speaker notes and
 * `skip` is left out of the deck (both stay in the reading notes). A slide is a `::::slide` block,
 * so the headings in it do not start slides; its heading, when its first cell opens with a `#` or
 * `##` line, is written before the block and titles it (and gives its id).
 */

/** A line written into the lecture's Markdown, with the line of the .ipynb file it stands for. */
export interface PlacedLine {
  text: string;
  line: number;
}

/** What the slideshow writes around one cell of the notebook. */
export interface SlideshowPlace {
  /** Lines before the cell: the end of a slide, the start of the next, a pause, the start of a notes block. */
  before: PlacedLine[];
  /** Lines after it: the end of its notes block, the end of the last slide. */
  after: string[];
  /** Whether the cell's first line, the heading of its slide, is written before (in `before`) rather than in its place. */
  headingRaised: boolean;
}

/** A `#` or `##` line: the heading that titles a slide. */
const SLIDE_HEADING = /^#{1,2}[ \t]/;

/** Whether a notebook says how it is cut into slides: a cell of it has a slide type other than `-`. */
export function hasSlideshow(notebook: Notebook): boolean {
  return notebook.cells.some((cell) => cell.slideType !== undefined && cell.slideType !== '-');
}

/** Colons for the blocks the slideshow writes, more than any `:::` line of the notebook's text has, so none of those closes them. */
function fences(cells: NotebookCell[]): { inner: string; slide: string } {
  const longest = Math.max(0, ...cells.filter((cell) => cell.kind !== 'code').flatMap((cell) => Array.from(cell.source.matchAll(/^[ \t]*(:{3,})/gm), ([, run]) => run!.length)));
  const inner = Math.max(3, longest + 1);
  return { inner: ':'.repeat(inner), slide: ':'.repeat(inner + 1) };
}

const hidden = (cell: NotebookCell) => cell.slideType === 'notes' || cell.slideType === 'skip';

/**
 * Where each cell of a notebook with a slideshow stands in it, by the cell's index (none for the
 * frontmatter cell); undefined for a notebook without one, which is cut by its headings.
 */
export function slideshowPlaces(notebook: Notebook): (SlideshowPlace | undefined)[] | undefined {
  if (!hasSlideshow(notebook)) return undefined;
  const indexes = notebook.cells.flatMap((_, index) => (index === notebook.frontmatterCell ? [] : [index]));
  const cells = indexes.map((index) => notebook.cells[index]!);
  const fence = fences(cells);
  const firstShown = cells.findIndex((cell) => !hidden(cell));
  const places: SlideshowPlace[] = cells.map(() => ({ before: [], after: [], headingRaised: false }));
  cells.forEach((cell, position) => {
    const place = places[position]!;
    const starts = position === firstShown || (position > firstShown && (cell.slideType === 'slide' || cell.slideType === 'subslide'));
    if (starts) {
      const heading = cell.kind === 'markdown' && SLIDE_HEADING.test(cell.source) ? cell.source.split('\n')[0]! : undefined;
      place.headingRaised = heading !== undefined;
      const opening = [heading ?? '---', '', `${fence.slide}slide`, ''].map((text) => ({ text, line: cell.line }));
      // Cells shown in no slide before the first one go into it: the first slide opens where the notebook does.
      if (position === firstShown) places[0]!.before.unshift(...opening);
      else place.before.push({ text: fence.slide, line: cell.line }, { text: '', line: cell.line }, ...opening);
    } else if (cell.slideType === 'fragment' && position > firstShown) {
      place.before.push({ text: '. . .', line: cell.line }, { text: '', line: cell.line });
    }
    if (hidden(cell)) {
      place.before.push({ text: `${fence.inner}${cell.slideType === 'notes' ? 'notes' : 'notes-only'}`, line: cell.line });
      place.after.push('', fence.inner);
    }
  });
  if (firstShown >= 0) places.at(-1)!.after.push('', fence.slide);
  const byIndex: (SlideshowPlace | undefined)[] = notebook.cells.map(() => undefined);
  indexes.forEach((index, position) => { byIndex[index] = places[position]; });
  return byIndex;
}
