/**
 * The slug a lecture or page file is named with (`NN-slug.md`): lowercase
 * ASCII letters and digits joined by single hyphens, accents dropped
 * (`Phonons & Heat: Étude 2` is `phonons-heat-etude-2`), as the file-name rule
 * requires; `fallback` when nothing of the title is left (only emoji, say).
 */
export function fileSlug(title: string, fallback = 'lecture'): string {
  const slug = title.normalize('NFKD').replace(/\p{Mn}/gu, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  return slug || fallback;
}
