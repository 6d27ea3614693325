import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import type { CourseModel } from '../model/course-model.ts';
import type { PrintLecture } from './lecture.ts';

/**
 * A lecture as the PDFs need it, read from the built site in `dist`: its title
 * from the model, and every section of its built deck (the generated title,
 * references and sources slides too) with the speaker notes of the notes page,
 * which sets their maths with KaTeX (the deck keeps only MathML, for the
 * speaker view).
 */
export function printLecture(dist: string, lecture: CourseModel['lectures'][number]): PrintLecture {
  const page = (view: string) => fromHtml(readFileSync(join(dist, view, lecture.id, 'index.html'), 'utf8'));
  const titles = new Map(lecture.slides.map((slide) => [slide.id, slide.title]));
  // On the notes page a slide's id sits on its heading, or on the section when it has none.
  const notes = new Map(selectAll('.lecture-body > section.slide', page('notes')).map((section) => [
    String(section.properties.id ?? select('h1, h2', section)?.properties.id),
    selectAll('.lecture-notes', section).flatMap((block) => block.children),
  ]));
  return {
    title: `${lecture.label}: ${lecture.title}`,
    slides: selectAll('.reveal .slides > section', page('slides')).map((section, index) => {
      const id = String(section.properties.id);
      return { id, title: titles.get(id) || String(section.properties.ariaLabel ?? `Slide ${index + 1}`), notes: notes.get(id) ?? [] };
    }),
  };
}
