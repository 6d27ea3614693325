/** What a code fence's meta string asks for: ```python numbers {1|3-4|6} */
export interface CodeMeta {
  /** Lines highlighted at each step; step 0 shows first, each further step is a fragment. */
  steps: Set<number>[];
  /** Show line numbers. */
  numbers: boolean;
  /** The raw `{…}` steps text, if any. */
  rawSteps?: string;
  /** Why the steps could not be read, if they could not. */
  error?: string;
}

const STEPS = /\{([^}]*)\}/;
const RANGE = /^(\d+)(?:-(\d+))?$/;

function parseStep(step: string): Set<number> | undefined {
  const lines = new Set<number>();
  // An empty step highlights nothing (Quarto's `code-line-numbers="|6|9"` opens on the whole block).
  if (!step.trim()) return lines;
  for (const part of step.split(',').map((value) => value.trim())) {
    const match = RANGE.exec(part);
    if (!match) return undefined;
    const from = Number(match[1]);
    const to = Number(match[2] ?? match[1]);
    if (to < from) return undefined;
    for (let line = from; line <= to; line++) lines.add(line);
  }
  return lines;
}

/** Parse a fence's meta: `numbers` and stepwise highlights `{1|3-4|6}` (`|` separates steps; an empty step highlights nothing). */
export function parseCodeMeta(meta: string | null | undefined): CodeMeta {
  const result: CodeMeta = { steps: [], numbers: /(^|\s)numbers(\s|$)/.test(meta ?? '') };
  const match = STEPS.exec(meta ?? '');
  if (!match) return result;
  result.rawSteps = match[1];
  for (const step of (match[1] ?? '').split('|')) {
    const lines = parseStep(step);
    if (!lines) {
      result.error = `cannot read "${step.trim()}" in {${match[1]}}`;
      return { ...result, steps: [] };
    }
    result.steps.push(lines);
  }
  return result;
}
