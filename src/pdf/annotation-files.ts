import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { deckLectureId, parseDrawingsFile, type Drawings } from '../client/annotations/model.ts';

/** The drawings of one lecture's deck, and the file they came from (for messages). */
export interface LectureDrawings {
  file: string;
  drawings: Drawings;
}

/** A drawings file `lecture-site pdf --annotations` cannot use: the message names the file and what is wrong. */
export class AnnotationFileError extends Error {}

/** Each path given: a file, or a folder standing for the `.json` files in it (in name order). */
function expandFolders(paths: readonly string[]): string[] {
  return paths.flatMap((path) => {
    let folder: boolean;
    try {
      folder = statSync(path).isDirectory();
    } catch {
      throw new AnnotationFileError(`--annotations ${path}: there is no such file or folder`);
    }
    if (!folder) return [path];
    const files = readdirSync(path).filter((name) => name.endsWith('.json')).sort().map((name) => join(path, name));
    if (files.length === 0) throw new AnnotationFileError(`--annotations ${path}: the folder holds no .json file`);
    return files;
  });
}

/**
 * Read the drawings files downloaded from decks (`D` while presenting) and
 * key them by lecture, the one named by the file's deck path (whatever base
 * path the site it came from had). A file that is not a drawings file, names
 * a deck the built site does not have, or names a deck another file already
 * gave, is an error naming it.
 */
export function readAnnotationFiles(paths: readonly string[], lectureIds: readonly string[]): Map<string, LectureDrawings> {
  const byLecture = new Map<string, LectureDrawings>();
  for (const file of expandFolders(paths)) {
    const parsed = parseDrawingsFile(readFileSync(file, 'utf8'));
    if ('problem' in parsed) throw new AnnotationFileError(`${file} is not a drawings file downloaded from a deck: ${parsed.problem}`);
    const lecture = deckLectureId(parsed.deck);
    if (!lecture || !lectureIds.includes(lecture)) {
      throw new AnnotationFileError(`${file} holds the drawings of the deck ${parsed.deck}, which the built site does not have (its decks: ${lectureIds.join(', ') || 'none'})`);
    }
    const earlier = byLecture.get(lecture);
    if (earlier) throw new AnnotationFileError(`${earlier.file} and ${file} both hold drawings of ${lecture}: give one file per deck`);
    byLecture.set(lecture, { file, drawings: parsed.drawings });
  }
  return byLecture;
}

/** The slides with drawings that a deck (its slide ids) no longer has: renamed or deleted since the drawing. */
export function slidesNotInDeck(drawings: Drawings, deckSlideIds: readonly string[]): string[] {
  return Object.keys(drawings).filter((id) => !deckSlideIds.includes(id));
}
