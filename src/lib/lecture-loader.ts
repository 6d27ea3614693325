import type { Loader, LoaderContext } from 'astro/loaders';
import { hasHtml, htmlFileOf, LECTURE_HTML_DIR, offloadHtml, pruneHtml, type StoredRender } from './lecture-html-store.ts';
import { takeRender } from './render-handoff.ts';

/** What Astro's glob loader passes to render one entry (its `DataEntry`, as far as used here). */
interface RenderEntry {
  id: string;
  digest?: string | number;
  filePath?: string;
  body?: string;
}

type RenderFunction = (entry: RenderEntry) => Promise<StoredRender>;

/** The part of Astro's content entry type that renders (not in Astro's public types). */
interface EntryType {
  getRenderFunction?: (config: unknown) => Promise<RenderFunction>;
}

/**
 * An entry type whose render function takes the check's render when there is
 * one (see `render-handoff.ts`) and stores the HTML beside the content store
 * (see `lecture-html-store.ts`).
 */
function lectureEntryType<T extends EntryType>(type: T, htmlDir = LECTURE_HTML_DIR): T {
  const original = type.getRenderFunction;
  if (!original) return type;
  return {
    ...type,
    async getRenderFunction(config: unknown) {
      // Astro's renderer (Shiki, KaTeX, every plugin) is only set up if some lecture was not handed over.
      let render: Promise<RenderFunction> | undefined;
      return async (entry: RenderEntry) =>
        offloadHtml(entry, takeRender(entry) ?? (await (await (render ??= original.call(type, config)))(entry)), htmlDir);
    },
  };
}

/**
 * Wrap Astro's glob loader for lectures: renders come from the check when it
 * made them, HTML is kept out of Astro's content store, and a cached entry
 * whose HTML file has gone is rendered again. Astro passes the entry types to
 * its loaders beside the public context; without them every entry is rendered
 * and stored as usual.
 */
export function lectureLoader(loader: Loader, htmlDir = LECTURE_HTML_DIR): Loader {
  return {
    ...loader,
    async load(context: LoaderContext) {
      const { entryTypes } = context as LoaderContext & { entryTypes?: Map<string, EntryType> };
      if (!entryTypes) return loader.load(context);
      for (const entry of context.store.values()) if (!hasHtml(entry.rendered, htmlDir)) context.store.delete(entry.id);
      const wrapped = new Map<EntryType, EntryType>();
      const lectureTypes = new Map([...entryTypes].map(([extension, type]) => {
        if (!wrapped.has(type)) wrapped.set(type, lectureEntryType(type, htmlDir));
        return [extension, wrapped.get(type)!];
      }));
      await loader.load({ ...context, entryTypes: lectureTypes } as LoaderContext);
      pruneHtml(context.store.values().flatMap((entry) => htmlFileOf(entry.rendered) ?? []), htmlDir);
    },
  };
}
