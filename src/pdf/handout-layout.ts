import type { Root } from 'hast';
import { h } from 'hastscript';
import type { PrintLecture } from './lecture.ts';

/** What goes beside each slide: its speaker notes, or ruled lines to write on. */
export type HandoutLayout = 'notes' | 'lines';

/** Slides a page (`--nup`). */
export const SLIDES_PER_PAGE = [2, 3, 6] as const;
export type SlidesPerPage = (typeof SLIDES_PER_PAGE)[number];

/** How the handout is laid out. */
export interface HandoutOptions {
  layout: HandoutLayout;
  perPage: SlidesPerPage;
}

// `.invalid` is a domain reserved never to resolve: these links only mark places.
const FRAME_HREF = 'https://handout.invalid/slide/';

/**
 * The link each slide's empty frame carries. Chromium prints it as a link
 * annotation whose rectangle tells where the slide goes (see place-slides.ts).
 */
export function frameHref(slideIndex: number): string {
  return `${FRAME_HREF}${slideIndex}`;
}

/** The slide index a frame link stands for, or undefined for any other link. */
export function frameSlideIndex(href: string): number | undefined {
  const index = href.startsWith(FRAME_HREF) ? Number(href.slice(FRAME_HREF.length)) : Number.NaN;
  return Number.isInteger(index) && index >= 0 ? index : undefined;
}

/**
 * The handout's page body: per slide an empty frame of the slide's shape
 * (the slide itself is drawn into it later, as vector) and, beside it or
 * under it, its speaker notes or ruled lines. Two a page stack the notes under
 * the slide; three or six put them beside it.
 */
export function handoutBody(lecture: PrintLecture, options: HandoutOptions, slideAspectRatio: number): Root {
  const arrangement = options.perPage === 2 ? 'handout-stacked' : 'handout-beside';
  const slides = lecture.slides.map((slide, index) => h('section.handout-slide', [
    h('a.handout-frame', { href: frameHref(index), ariaLabel: `Slide ${index + 1}: ${slide.title}` }),
    options.layout === 'lines' ? h('div.handout-ruled') : h('div.handout-notes.lecture-body', slide.notes),
  ]));
  return {
    type: 'root',
    children: [h('main', {
      className: ['handout', `handout-layout-${options.layout}`, arrangement, `handout-${options.perPage}-up`],
      style: `--per-page: ${options.perPage}; --slide-aspect-ratio: ${slideAspectRatio}`,
    }, slides)],
  };
}
