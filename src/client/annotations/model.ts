import * as z from 'zod/mini';

/** A sampled pen position in slide pixels (the deck's 1920×1080 frame) with its pressure (0–1). */
export type Point = [x: number, y: number, pressure: number];

/** One pen stroke: its colour, nominal width in slide pixels, its points in order, and whether they carry a pen's pressure. */
export interface Stroke {
  color: string;
  size: number;
  points: Point[];
  pressure: boolean;
}

/** Where a stroke is drawn: on the slide itself, or on the blank board that can cover it. */
export type Layer = 'slide' | 'board';

/** The strokes of one slide, per layer. */
export type SlideDrawings = Record<Layer, Stroke[]>;

/** Every annotated slide of a deck, by slide id. */
export type Drawings = Record<string, SlideDrawings>;

/** What a downloaded drawings file says it is (checked when it is loaded back). */
const FORMAT = 'lecture-slide-annotations';
/** The version of the file format this code writes and reads. */
const VERSION = 1;

const COLOR = /^#[0-9a-f]{6}$/i;
const strokeSchema = z.object({
  color: z.string().check(z.regex(COLOR, 'a stroke colour must be a six-digit hex colour')),
  size: z.number().check(z.positive(), z.lte(200)),
  points: z.array(z.tuple([z.number(), z.number(), z.number().check(z.gte(0), z.lte(1))])).check(z.minLength(1)),
  pressure: z.boolean(),
});
const fileSchema = z.object({
  format: z.literal(FORMAT, `not an annotations file of this site (no "format": "${FORMAT}")`),
  version: z.literal(VERSION, `written by a newer version of this site (only version ${VERSION} is read)`),
  deck: z.string(),
  slides: z.record(z.string(), z.object({ slide: z.array(strokeSchema), board: z.array(strokeSchema) })),
});

/** The strokes of a slide, empty layers included. */
export function slideDrawings(drawings: Drawings, slideId: string): SlideDrawings {
  return drawings[slideId] ?? { slide: [], board: [] };
}

/** A copy of `drawings` with one layer of one slide replaced; slides left empty are dropped. */
export function withLayer(drawings: Drawings, slideId: string, layer: Layer, strokes: Stroke[]): Drawings {
  const next = { ...drawings, [slideId]: { ...slideDrawings(drawings, slideId), [layer]: strokes } };
  if (next[slideId]!.slide.length === 0 && next[slideId]!.board.length === 0) delete next[slideId];
  return next;
}

/**
 * The file a lecturer downloads (README "Presenting"): `format`, `version`,
 * `deck` (the deck's path on the site, `/slides/<lecture>/` under the base
 * path) and `slides`, the drawings by slide id, as JSON.
 */
export function drawingsFile(deck: string, drawings: Drawings): string {
  return JSON.stringify({ format: FORMAT, version: VERSION, deck, slides: drawings });
}

/**
 * Read a drawings file (or stored drawings) back. A bad file gets the
 * problem, in words that follow "cannot be loaded:" (where in the file, and what is wrong).
 */
export function parseDrawingsFile(text: string): { drawings: Drawings; deck: string } | { problem: string } {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { problem: 'it is not JSON (a file saved with the Download button is)' };
  }
  const result = fileSchema.safeParse(json);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    return { problem: `${issue.path.join('.') || 'the file'}: ${issue.message}` };
  }
  return { drawings: result.data.slides as Drawings, deck: result.data.deck };
}

/** The lecture a drawings file's deck path names (`/base/slides/02-ml-basics/` → `02-ml-basics`), if it names one. */
export function deckLectureId(deck: string): string | undefined {
  return /(?:^|\/)slides\/([^/]+)\/?$/.exec(deck)?.[1];
}
