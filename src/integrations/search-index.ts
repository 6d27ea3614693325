import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { createIndex, close } from 'pagefind';

/** Markup kept out of the index and excerpts: KaTeX's visual spans and TeX annotations (the MathML text stays), cross-links. */
export const EXCLUDED = ['.katex-html', 'annotation', '.slide-link', '.notes-link', '.backlink', 'aside.notes', '.visually-hidden'];

/** One slide as a search record. */
export interface SlideRecord {
  url: string;
  title: string;
  content: string;
  lecture: string;
}

function withoutExcluded(section: Element): Element {
  const copy = structuredClone(section);
  for (const selector of EXCLUDED) {
    for (const node of selectAll(selector, copy)) {
      node.children = [];
    }
  }
  return copy;
}

/** Every slide of a built deck page as a record that opens that slide. */
export function slideRecords(html: string, deckUrl: string): SlideRecord[] {
  const tree = fromHtml(html);
  const lecture = String(select('.reveal', tree)?.properties.dataLecture ?? '');
  return selectAll('.reveal .slides > section[id]', tree).flatMap((section) => {
    const content = toString(withoutExcluded(section)).replace(/\s+/g, ' ').trim();
    const title = String(section.properties.ariaLabel ?? section.properties.id);
    return content ? [{ url: `${deckUrl}#/${section.properties.id}`, title, content, lecture }] : [];
  });
}

/**
 * Build the Pagefind index of a built site: the notes pages (by section, via
 * their `data-pagefind-*` markup) and one record per slide, so a result opens
 * the exact section or slide. Filters: lecture and kind (Notes / Slides).
 */
export async function buildSearchIndex(outDir: string, base: string, language: string): Promise<{ notes: number; slides: number }> {
  const { index, errors } = await createIndex({ excludeSelectors: EXCLUDED, forceLanguage: language.slice(0, 2) });
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  const notes = await index.addDirectory({ path: outDir, glob: 'notes/**/*.html' });
  if (notes.errors.length > 0) throw new Error(`Pagefind: ${notes.errors.join('; ')}`);
  let slides = 0;
  const slidesDir = join(outDir, 'slides');
  for (const lectureId of readdirSync(slidesDir).sort()) {
    const html = readFileSync(join(slidesDir, lectureId, 'index.html'), 'utf8');
    for (const record of slideRecords(html, `${base}slides/${lectureId}/`)) {
      await index.addCustomRecord({
        url: record.url,
        content: record.content,
        language: language.slice(0, 2),
        meta: { title: record.title, kind: 'Slides', lecture: record.lecture },
        filters: { lecture: [record.lecture], kind: ['Slides'] },
      });
      slides += 1;
    }
  }
  const written = await index.writeFiles({ outputPath: join(outDir, 'pagefind') });
  if (written.errors.length > 0) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
  await close();
  return { notes: notes.page_count, slides };
}
