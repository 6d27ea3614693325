import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Element, Nodes } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
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

/** The text of a node without the text of excluded elements (as hast-util-to-string, minus those). */
function textOf(node: Nodes, excluded: ReadonlySet<Nodes>): string {
  if (excluded.has(node)) return '';
  if (node.type === 'text') return node.value;
  if (!('children' in node)) return '';
  return node.children.map((child) => textOf(child, excluded)).join('');
}

/** Every slide of a built deck page as a record that opens that slide. */
export function slideRecords(html: string, deckUrl: string): SlideRecord[] {
  const tree = fromHtml(html);
  const lecture = String(select('.reveal', tree)?.properties.dataLecture ?? '');
  const excluded = new Set<Nodes>(selectAll(EXCLUDED.join(', '), tree));
  return selectAll('.reveal .slides > section[id]', tree).flatMap((section: Element) => {
    const content = textOf(section, excluded).replace(/\s+/g, ' ').trim();
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
  // Pagefind indexes in its own process: hand it the notes folder and every slide without waiting in between.
  const notesAdded = index.addDirectory({ path: outDir, glob: 'notes/**/*.html' });
  const slidesDir = join(outDir, 'slides');
  const slidesAdded = readdirSync(slidesDir).sort().flatMap((lectureId) => {
    const html = readFileSync(join(slidesDir, lectureId, 'index.html'), 'utf8');
    return slideRecords(html, `${base}slides/${lectureId}/`).map((record) => index.addCustomRecord({
      url: record.url,
      content: record.content,
      language: language.slice(0, 2),
      meta: { title: record.title, kind: 'Slides', lecture: record.lecture },
      filters: { lecture: [record.lecture], kind: ['Slides'] },
    }));
  });
  const [notes, ...slideResults] = await Promise.all([notesAdded, ...slidesAdded]);
  const problems = [notes, ...slideResults].flatMap((result) => result.errors);
  if (problems.length > 0) throw new Error(`Pagefind: ${problems.join('; ')}`);
  const slides = slidesAdded.length;
  const written = await index.writeFiles({ outputPath: join(outDir, 'pagefind') });
  if (written.errors.length > 0) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
  await close();
  return { notes: notes.page_count, slides };
}
