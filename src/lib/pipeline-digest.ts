import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** What rendered lectures depend on besides their own text. */
const INPUTS = ['src/markdown', 'src/references', 'src/schemas', 'src/lib/inline-handlers.ts'];

function files(path: string): string[] {
  if (!existsSync(path)) return [];
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path).sort().flatMap((name) => files(join(path, name)));
}

/**
 * A hash of the Markdown pipeline's code and the course files it reads
 * (bibliography, config). Astro keeps rendered Markdown in a cache that only
 * its own config invalidates; putting this hash into the config makes a change
 * to a plugin or to the bibliography re-render every lecture.
 */
export function pipelineDigest(contentFiles: string[]): string {
  const hash = createHash('sha256');
  for (const file of [...INPUTS.flatMap(files), ...contentFiles.filter(existsSync)]) {
    hash.update(file).update(readFileSync(file));
  }
  return hash.digest('hex').slice(0, 16);
}
