import type { Preset } from 'unified';
import type { DocumentKind } from '../model/lecture.ts';
import type { CitationContext } from '../references/context.ts';
import type { CourseDeckLayout } from './deck-layout.ts';
import type { ImageFiles } from './image-files.ts';
import type { SiteFiles } from './site-files.ts';
import { checks } from './stages/checks.ts';
import { deck } from './stages/deck.ts';
import { htmlPolicy } from './stages/html-policy.ts';
import { meaning } from './stages/meaning.ts';
import { notes } from './stages/notes.ts';
import { slides } from './stages/slides.ts';

/** What the pipeline needs to know of the course; it reads no file itself. */
export interface PipelineOptions {
  /** The bibliography and citation style citations resolve against. */
  citations: CitationContext;
  /** Base path the site is served under (`/` or `/name/`). */
  base: string;
  /** Files of `public/`, which images and links may point at. */
  siteFiles: SiteFiles;
  /** Hosts whose iframes, images and media a lecture may embed (course.yaml `embeds:`). */
  embedHosts: readonly string[];
  /** Every image file a lecture may show, with its size or its problem. */
  images: ImageFiles;
  /** How a picture without alt text counts (course.yaml `missingAltText`; an error unless it says otherwise). */
  missingAltText?: 'error' | 'warning';
  /** The course's deck shape and pagination (course.yaml `aspect`, `paginate`); their defaults when not given. */
  course?: CourseDeckLayout;
}

/**
 * The lecture pipeline after its syntax (the one preset every reader of a lecture uses,
 * src/compile/parse-lecture.ts): the stages a parsed lecture's tree goes through, in order, to the
 * notes HTML, with the deck and the slide list in `file.data.lectureViews` and every problem in
 * `file.messages`. Each stage is one file of `src/markdown/stages/`, one plugin per step. A course
 * page (`kind: 'page'`) has no deck, so what fits slides to their frame is left out of its stages.
 */
export function lectureStages(options: PipelineOptions, kind: DocumentKind = 'lecture'): Preset {
  return {
    plugins: [
      // checks: first, so they read the tree and text as written, before cell outputs or any plugin's nodes join it.
      checks,
      // meaning: before slides, because what a block means (a cell, a callout, a figure) decides how a slide is laid out.
      meaning(options),
      // slides: once every block is what it means, the tree is cut into slides; what links to a slide needs the cut.
      slides(options, kind),
      // HTML policy: as soon as the tree is HTML, so raw HTML is checked before KaTeX and our plugins add markup of their own.
      htmlPolicy(options),
      // deck: after the policy, finishing what both views share, and ending by serialising the deck.
      deck(options),
      // notes: last, because the deck is serialised by now: these shape the notes view only.
      notes,
    ],
  };
}
