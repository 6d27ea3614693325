import type { Loader, LoaderContext } from 'astro/loaders';

/** A rendered entry as Astro's content store keeps it. */
export interface HandedRender {
  html: string;
  metadata: Record<string, unknown>;
}

/** What a content loader receives to render one entry (Astro's `DataEntry`, as far as used here). */
interface RenderEntry {
  filePath?: string;
  body?: string;
}

type RenderFunction = (entry: RenderEntry) => Promise<HandedRender>;

/** The part of Astro's content entry type that renders (not in Astro's public types). */
interface EntryType {
  getRenderFunction?: (config: unknown) => Promise<RenderFunction>;
}

interface Handoff {
  renders: Map<string, HandedRender>;
  handed: number;
  reused: number;
}

// Vite evaluates content.config.ts in a module graph of its own, so the check
// in scripts/build.ts and the loader meet through a global, not a module variable.
const HANDOFF = Symbol.for('lecture-site.render-handoff');

function handoff(): Handoff {
  const scope = globalThis as { [HANDOFF]?: Handoff };
  return (scope[HANDOFF] ??= { renders: new Map(), handed: 0, reused: 0 });
}

const keyOf = (filePath: string, body: string) => `${filePath}\0${body}`;

/**
 * Keep a render the content check made, for Astro to reuse instead of
 * rendering the lecture again. `body` must be exactly what Astro renders (the
 * trimmed text after the frontmatter): any other body is simply not reused.
 */
export function handOverRender(filePath: string, body: string, rendered: HandedRender): void {
  const state = handoff();
  state.renders.set(keyOf(filePath, body), rendered);
  state.handed += 1;
}

/** How many renders the check handed over, and how many Astro took instead of rendering. */
export function handoffCounts(): { handed: number; reused: number } {
  const { handed, reused } = handoff();
  return { handed, reused };
}

function takeRender(entry: RenderEntry): HandedRender | undefined {
  if (entry.filePath === undefined || entry.body === undefined) return undefined;
  const state = handoff();
  const key = keyOf(entry.filePath, entry.body);
  const rendered = state.renders.get(key);
  if (rendered) {
    state.renders.delete(key);
    state.reused += 1;
  }
  return rendered;
}

/** An entry type whose render function first looks for a handed-over render. */
export function reusingEntryType<T extends EntryType>(type: T): T {
  const original = type.getRenderFunction;
  if (!original) return type;
  return {
    ...type,
    async getRenderFunction(config: unknown) {
      const render = await original.call(type, config);
      return async (entry: RenderEntry) => takeRender(entry) ?? render(entry);
    },
  };
}

/**
 * Wrap a content loader (Astro's glob loader) so that lectures the check has
 * already rendered in this process are stored without a second render. Astro
 * passes the entry types to its loaders beside the public context; without
 * them every entry is rendered as usual.
 */
export function reusingCheckRenders(loader: Loader): Loader {
  return {
    ...loader,
    load(context: LoaderContext) {
      const { entryTypes } = context as LoaderContext & { entryTypes?: Map<string, EntryType> };
      if (!entryTypes) return loader.load(context);
      const wrapped = new Map<EntryType, EntryType>();
      const reusing = new Map([...entryTypes].map(([extension, type]) => {
        if (!wrapped.has(type)) wrapped.set(type, reusingEntryType(type));
        return [extension, wrapped.get(type)!];
      }));
      return loader.load({ ...context, entryTypes: reusing } as LoaderContext);
    },
  };
}
