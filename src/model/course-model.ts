/** `/course.json`: the published course as data, for the PDF step and other tools. */
export interface CourseModel {
  /** Course title. */
  title: string;
  /** `private` when the site was built without its speaker notes (`lecture-site build --private-notes`). */
  speakerNotes: 'public' | 'private';
  /** Published lectures in course order. */
  lectures: {
    /** Lecture id, as in its URLs. */
    id: string;
    number: number;
    /** "Lecture 1". */
    label: string;
    title: string;
    /** Its slides in order (lecture content only, not the generated title and reference slides). */
    slides: { id: string; title: string; kind: string }[];
  }[];
  /** Published course pages in their order, each at `/<id>/`. */
  pages: { id: string; title: string }[];
}
