import type { LectureData } from '../schemas/lecture.ts';

/** A person on a title slide: a name and the lines under it. */
export interface Person {
  name: string;
  affiliations: string[];
}

/** Quarto's `author:` (a name, a person, or a list of either) as people. */
export function authorsOf(author: NonNullable<LectureData['author']>): Person[] {
  return (Array.isArray(author) ? author : [author]).map((entry) => typeof entry === 'string'
    ? { name: entry, affiliations: [] }
    : { name: entry.name, affiliations: [...(entry.affiliation ? [entry.affiliation] : []), ...(entry.affiliations ?? [])] });
}
