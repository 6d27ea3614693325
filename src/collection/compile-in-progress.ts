/**
 * In `astro dev`, a page asked for while the loader is compiling a saved
 * change waits for that compile: Astro reloads the open page as soon as it
 * sees the file change, and a page rendered from the compile before would
 * show the old text, or an error already fixed, with nothing to replace it.
 * The loader and the pages run in one process but load this module apart
 * (Node's loader, Vite's module runner), so the compile in progress is kept
 * on a process-wide symbol rather than in a module variable.
 */
const KEY = Symbol.for('lecture-site.compile-in-progress');
const registry = ((globalThis as Record<symbol, unknown>)[KEY] ??= new Map<string, Promise<unknown>>()) as Map<string, Promise<unknown>>;

/** Say that a compile writing to `dir` runs until `compile` settles. */
export function compileStarted(dir: string, compile: Promise<unknown>): void {
  registry.set(dir, compile);
  void compile.finally(() => {
    if (registry.get(dir) === compile) registry.delete(dir);
  }).catch(() => undefined);
}

/** Once no compile writes to `dir` (a compile queued meanwhile included), or after `limitMs`. */
export async function compileSettled(dir: string, limitMs = 20_000): Promise<void> {
  const deadline = Date.now() + limitMs;
  for (let pending = registry.get(dir); pending && Date.now() < deadline; pending = registry.get(dir)) {
    await Promise.race([pending.catch(() => undefined), new Promise((resolve) => setTimeout(resolve, Math.max(0, deadline - Date.now())))]);
  }
}

const ERROR_KEY = Symbol.for('lecture-site.error-page-served');
const errorPages = ((globalThis as Record<symbol, unknown>)[ERROR_KEY] ??= new Set<string>()) as Set<string>;

/** Say that a page made from the compiles in `dir` was Astro's error page (which runs no script of the site). */
export function errorPageServed(dir: string): void {
  errorPages.add(dir);
}

/** Whether an error page was served since this was last asked; asking forgets it. */
export function takeErrorPageServed(dir: string): boolean {
  return errorPages.delete(dir);
}
