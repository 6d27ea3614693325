import { readFileSync } from 'node:fs';

/** A slide boundary found by reading the source line by line. */
export interface SourceBoundary {
  line: number;
  text: string;
}

/**
 * Find the slide boundaries of a lecture file the naive way (top-level `#`,
 * `##` and lone `---` lines outside fences, directives and frontmatter), as an
 * independent count to hold the pipeline's output against.
 */
export function sourceBoundaries(path: string): SourceBoundary[] {
  const lines = readFileSync(path, 'utf8').split('\n');
  const boundaries: SourceBoundary[] = [];
  let inFence = false;
  let directiveDepth = 0;
  let inFrontmatter = lines[0] === '---';
  lines.forEach((text, index) => {
    if (index > 0 && inFrontmatter) {
      if (text === '---') inFrontmatter = false;
      return;
    }
    if (index === 0 && inFrontmatter) return;
    if (/^(```|~~~)/.test(text)) inFence = !inFence;
    if (inFence) return;
    if (/^:{3,}[a-z]/i.test(text)) directiveDepth += 1;
    else if (/^:{3,}\s*$/.test(text)) directiveDepth -= 1;
    if (directiveDepth > 0) return;
    if (/^#{1,2} /.test(text) || text === '---') boundaries.push({ line: index + 1, text });
  });
  return boundaries;
}

/** Heading texts (`#` and `##`) of a lecture file, in order. */
export function sourceHeadings(path: string): string[] {
  return sourceBoundaries(path)
    .filter((boundary) => boundary.text.startsWith('#'))
    .map((boundary) => boundary.text.replace(/^#+ /, ''));
}
