import type { Freeze } from '../cells/freeze.ts';
import type { Diagram } from '../figures/mermaid.ts';
import type { ImageFiles } from '../markdown/image-files.ts';
import type { LectureDiagrams } from '../markdown/remark-diagrams.ts';
import type { SiteFiles } from '../markdown/site-files.ts';
import type { CitationContext } from '../references/context.ts';
import type { Course } from '../schemas/course.ts';

/** Everything a lecture is compiled against, read once per course (see `src/course-files/`). */
export interface CompileContext {
  /** The validated course configuration. */
  course: Course;
  /** The course bibliography and citation style. */
  citations: CitationContext;
  /** Base path the site is built for (`/` or `/name/`). */
  base: string;
  /** Files of `public/` as site paths, which images and links may point at. */
  siteFiles: SiteFiles;
  /** Hosts whose iframes, images and media lectures may embed (course.yaml `embeds:`). */
  embedHosts: readonly string[];
  /** Every image file a lecture may show (of the course folder and of `public/`), with its size or its problem. */
  images: ImageFiles;
  /** How a picture without alt text counts (course.yaml `missingAltText`). */
  missingAltText?: 'error' | 'warning';
  /** Draws lectures' diagrams, stored or new (src/course-files/read-diagrams.ts); without it diagrams stay code. */
  drawDiagrams?: DiagramDrawer;
}

/** The diagrams found on one lecture's tree (none is a request too: the lecture's stored drawings are then pruned). */
export interface DiagramRequest {
  /** The lecture file. */
  path: string;
  diagrams: readonly Diagram[];
}

/** Draws the diagrams of the lectures of one compile in one batch: each lecture's drawings by diagram, in the order asked. */
export type DiagramDrawer = (lectures: readonly DiagramRequest[]) => Promise<LectureDiagrams[]>;

/** A lecture file (or a course page) as read from disk. */
export interface LectureSource {
  /** A course page (`pages/slug.md`) is read and compiled by a page's rules; a lecture has none. */
  kind?: 'page';
  /** Path relative to the project folder, as printed in messages. */
  path: string;
  /** File contents (decoded only once they are known to be UTF-8). */
  bytes: Uint8Array;
  /** The outputs frozen for its code cells (`content/_freeze/<lecture>.json`), when it has any. */
  freeze?: Freeze;
}
