import type { Attributes } from './types.ts';
import { argumentSpan, closesCodeFence, readCodeFence, type BodyScanner, type CodeFence, type Span } from './fence-lines.ts';

/** MyST directives whose body is Markdown (docutils' admonitions), read as container directives. */
export const MYST_BODY_DIRECTIVES = [
  'admonition',
  'attention',
  'caution',
  'danger',
  'error',
  'hint',
  'important',
  'note',
  'seealso',
  'tip',
  'warning',
];

/** Classify a line as a MyST directive fence with a Markdown body: ```` ```{note} ````, ```` ```{admonition} Title ````. */
export function readMystFence(line: string): (CodeFence & { name: string; label?: Span }) | undefined {
  const fence = /^ {0,3}(`{3,}|~{3,})\{([A-Za-z][\w-]*)\}/.exec(line);
  const code = readCodeFence(line);
  if (!fence || !code || !MYST_BODY_DIRECTIVES.includes(fence[2]!)) return undefined;
  const label = argumentSpan(line, fence[0].length);
  return { ...code, name: fence[2]!, ...(label ? { label } : {}) };
}

/** A MyST option line right after a directive's fence: `:class: tip`. */
export function readMystOption(line: string): { key: string; value: string } | undefined {
  const option = /^ {0,3}:([\w-]+):(?:[ \t]+(.*?))?[ \t]*$/.exec(line);
  return option ? { key: option[1]!, value: option[2] ?? '' } : undefined;
}

/** A MyST code-fence directive ends like fenced code: the same character, at least as many. */
export function codeBodyScanner(fence: CodeFence): BodyScanner {
  return { closes: (line) => closesCodeFence(line, fence) };
}

/** Fold a MyST option into attributes: `:class:` adds classes, `:name:` and `:label:` name the target (the id). */
export function addMystOption(attributes: Attributes, { key, value }: { key: string; value: string }): void {
  if (key === 'class') attributes.classes.push(...value.split(/\s+/).filter(Boolean));
  else if (key === 'name' || key === 'label') attributes.id = value;
  else attributes.values[key] = value;
}
