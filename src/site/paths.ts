/** Prefix a site path with the configured base, so links work under a sub-folder too. */
export function sitePath(path: string): string {
  const base = import.meta.env.BASE_URL.replace(/\/$/, '');
  return `${base}/${path.replace(/^\//, '')}`;
}

/** URL of a lecture's deck, optionally opened at a slide. */
export function deckPath(lectureId: string, slideId?: string): string {
  return sitePath(`slides/${lectureId}/`) + (slideId ? `#/${slideId}` : '');
}

/** URL of one of the PDFs `npm run pdf` writes (`01-introduction-slides.pdf`, `course-notes.pdf`). */
export function pdfPath(file: string): string {
  return sitePath(`pdf/${file}`);
}

/** URL of a lecture's reading notes, optionally at a section. */
export function notesPath(lectureId: string, sectionId?: string): string {
  return sitePath(`notes/${lectureId}/`) + (sectionId ? `#${sectionId}` : '');
}

/** URL of a notebook lecture's .ipynb file, for download. */
export function notebookPath(lectureId: string): string {
  return sitePath(`notebooks/${lectureId}.ipynb`);
}

/** URL of the stylesheet of a lecture's own inline styles (src/routes/styles/[lecture].css.ts). */
export function lectureStylesPath(lectureId: string): string {
  return sitePath(`styles/${lectureId}.css`);
}
