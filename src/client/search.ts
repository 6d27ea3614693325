/** The parts of Pagefind's browser API used here. */
interface PagefindResult {
  url: string;
  excerpt: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  sub_results?: { url: string; title: string; excerpt: string }[];
}
interface Pagefind {
  init(): Promise<void>;
  search(query: string, options?: { filters?: Record<string, string> }): Promise<{ results: { data(): Promise<PagefindResult> }[] }>;
}

/** One line of the results: where it opens, what it is, its lecture, and the matching text. */
interface Hit {
  url: string;
  title: string;
  kind: 'Slides' | 'Notes' | 'Page';
  lecture: string;
  excerpt: string;
}

const MAX_HITS = 12;

/**
 * Notes pages and course pages give one hit per matching section; slides are records of their
 * own. Each names its lecture by the lecture filter's option text ("Lecture 2:
 * Machine Learning Basics"), falling back to the filter value.
 */
function hitsOf(result: PagefindResult, lectureNames: Map<string, string>): Hit[] {
  const kind = result.meta.kind === 'Slides' || result.meta.kind === 'Page' ? result.meta.kind : 'Notes';
  const label = result.filters.lecture?.[0] ?? '';
  const lecture = lectureNames.get(label) ?? label;
  if (kind !== 'Slides' && result.sub_results?.length) {
    return result.sub_results.map((sub) => ({ url: sub.url, title: sub.title, kind, lecture, excerpt: sub.excerpt }));
  }
  return [{ url: result.url, title: result.meta.title ?? result.url, kind, lecture, excerpt: result.excerpt }];
}

function renderHit(hit: Hit): HTMLLIElement {
  const item = document.createElement('li');
  const link = document.createElement('a');
  link.href = hit.url;
  link.className = 'search-hit';
  const kind = document.createElement('span');
  kind.className = `search-kind search-kind-${hit.kind.toLowerCase()}`;
  kind.textContent = hit.kind === 'Slides' ? 'Slide' : hit.kind;
  const title = document.createElement('span');
  title.className = 'search-title';
  title.textContent = hit.title;
  const lecture = document.createElement('span');
  lecture.className = 'search-lecture';
  lecture.textContent = hit.lecture;
  const excerpt = document.createElement('span');
  excerpt.className = 'search-excerpt';
  excerpt.innerHTML = hit.excerpt; // Pagefind escapes the text and only adds <mark>.
  link.append(kind, title, lecture, excerpt);
  item.append(link);
  return item;
}

/**
 * Wire the search box. This script is loaded on its first focus (see
 * SearchBox.astro), so it imports Pagefind at once and searches for anything
 * typed while it loaded; then every keystroke and filter change searches.
 */
function controlSearch(): void {
  const root = document.querySelector<HTMLElement>('[data-search]');
  if (!root) return;
  const input = root.querySelector<HTMLInputElement>('[data-search-input]')!;
  const panel = root.querySelector<HTMLElement>('[data-search-panel]')!;
  const status = root.querySelector<HTMLElement>('[data-search-status]')!;
  const list = root.querySelector<HTMLOListElement>('[data-search-results]')!;
  const lectureNames = new Map([...root.querySelectorAll<HTMLOptionElement>('[data-search-filter="lecture"] option')]
    .filter((option) => option.value).map((option) => [option.value, option.text]));
  let pagefind: Promise<Pagefind> | undefined;
  let latest = 0;
  const load = () => (pagefind ??= (import(/* @vite-ignore */ root.dataset.pagefindUrl!) as Promise<Pagefind>).then((module) => {
    // Pagefind fetches its worker, index metadata and WebAssembly now, while the reader starts typing, not at the first search.
    module.init().catch(() => undefined); // A failure shows at the search, which says so.
    return module;
  }));
  const hitsOfAll = (results: PagefindResult[]) => results.flatMap((result) => hitsOf(result, lectureNames));
  const show = (hits: Hit[]) => list.replaceChildren(...hits.slice(0, MAX_HITS).map(renderHit));

  const run = async () => {
    const query = input.value.trim();
    panel.hidden = query === '';
    if (!query) return;
    const ticket = ++latest;
    const filters: Record<string, string> = {};
    for (const select of root.querySelectorAll<HTMLSelectElement>('[data-search-filter]')) {
      if (select.value) filters[select.dataset.searchFilter!] = select.value;
    }
    const { results } = await (await load()).search(query, { filters });
    // A newer keystroke searches again: no fragments loaded for this one.
    if (ticket !== latest) return;
    const loading = results.slice(0, MAX_HITS).map((result) => result.data());
    // Each result loads a fragment file of its own: the best one is shown as soon as it is in, before the rest.
    void loading[0]?.then((first) => ticket === latest && show(hitsOfAll([first])), () => undefined);
    const hits = hitsOfAll(await Promise.all(loading));
    if (ticket !== latest) return;
    show(hits);
    status.textContent = hits.length === 0 ? `No results for “${query}”` : `${hits.length} result${hits.length === 1 ? '' : 's'}`;
  };

  // Pagefind's files exist only in a built site (not under `astro dev`): say so instead of failing silently.
  const search = () => run().catch(() => {
    list.replaceChildren();
    status.textContent = 'Search is unavailable here: its index is made by npm run build.';
  });
  load().catch(() => undefined);
  if (input.value.trim()) void search();
  input.addEventListener('input', () => void search());
  for (const select of root.querySelectorAll('[data-search-filter]')) select.addEventListener('change', () => void search());
  root.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') {
      panel.hidden = true;
      input.focus();
    }
  });
}

controlSearch();
