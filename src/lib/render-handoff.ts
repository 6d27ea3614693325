import type { StoredRender } from './lecture-html-store.ts';

/** A lecture's render as Astro's loader would make it: the body Astro renders and what it stores. */
export interface HandedRender {
  /** Absolute path of the lecture file. */
  filePath: string;
  /** The trimmed text after the frontmatter, exactly what Astro renders: any other body is not reused. */
  body: string;
  /** The render as Astro's content store keeps it. */
  rendered: StoredRender;
}

interface Handoff {
  renders: Map<string, StoredRender>;
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

/** Keep a render the content check made, for Astro to reuse instead of rendering the lecture again. */
export function handOverRender({ filePath, body, rendered }: HandedRender): void {
  const state = handoff();
  state.renders.set(keyOf(filePath, body), rendered);
  state.handed += 1;
}

/** How many renders the check handed over, and how many Astro took instead of rendering. */
export function handoffCounts(): { handed: number; reused: number } {
  const { handed, reused } = handoff();
  return { handed, reused };
}

/** The render handed over for this file and body, once; undefined if there is none. */
export function takeRender(entry: { filePath?: string; body?: string }): StoredRender | undefined {
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
