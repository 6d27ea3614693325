import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The module the lecture compiler starts from: everything it imports, transitively, renders. */
const COMPILER = fileURLToPath(new URL('../compile/compile-lecture.ts', import.meta.url));

/** Static and dynamic import specifiers of a module's source. */
const IMPORT = /\b(?:from|import)\s*\(?\s*['"]([^'"]+)['"]/g;

/** Every project module `entry` imports, transitively (relative imports only), in a stable order. */
export function moduleGraph(entry = COMPILER): string[] {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file) || !existsSync(file)) return;
    seen.add(file);
    for (const [, specifier] of readFileSync(file, 'utf8').matchAll(IMPORT)) {
      if (specifier!.startsWith('.')) visit(resolve(dirname(file), specifier!));
    }
  };
  visit(entry);
  return [...seen].sort();
}

/**
 * A digest of the code that renders a lecture: the compiler's module graph
 * and the exact versions of every installed package (npm's record of
 * node_modules), so a changed plugin or library recompiles every lecture.
 */
export function pipelineDigest(entry = COMPILER, installed = 'node_modules/.package-lock.json'): string {
  const hash = createHash('sha256');
  for (const file of moduleGraph(entry)) hash.update(file).update('\0').update(readFileSync(file)).update('\0');
  if (existsSync(installed)) hash.update(readFileSync(installed));
  return hash.digest('hex').slice(0, 16);
}
