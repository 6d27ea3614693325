import type { VFile } from 'vfile';
import { reportError } from './diagnostics.ts';
import type { DiagnosticInput } from './diagnostics.ts';

/** The kinds of numbered things a lecture can reference, by Quarto's label prefix, with their name in text. */
export const CROSSREF_KINDS = { fig: 'Figure', tbl: 'Table', eq: 'Equation', sec: 'Section' } as const;

/** `fig`, `tbl`, `eq` or `sec`. */
export type CrossrefKind = keyof typeof CROSSREF_KINDS;

/** A numbered figure, table, equation or section that `@label` references point at. */
export interface CrossrefTarget {
  /** The label, also the element id the reference links to (`fig-map`). */
  id: string;
  kind: CrossrefKind;
  /** Its number within the lecture, per kind, in order of appearance. */
  number: number;
}

/** The labelled targets of a lecture, by label (outside the augmentation: vfile has a type named Map). */
type CrossrefTargets = Map<string, CrossrefTarget>;

declare module 'vfile' {
  interface DataMap {
    /** Every labelled target of the lecture, by label (filled by the plugins that number things). */
    crossrefTargets: CrossrefTargets;
  }
}

/** The kind of a label by its prefix (`fig-map` → `fig`), if it has one of Quarto's prefixes. */
export function crossrefKindOf(label: string): CrossrefKind | undefined {
  const prefix = /^([a-z]+)-./.exec(label)?.[1];
  return prefix && Object.hasOwn(CROSSREF_KINDS, prefix) ? (prefix as CrossrefKind) : undefined;
}

/**
 * Number a labelled target: the next number of its kind in this lecture.
 * Plugins call this in document order. A label used twice is an error at
 * the second; undefined is returned for it.
 */
export function addCrossrefTarget(file: VFile, id: string, kind: CrossrefKind, place: DiagnosticInput['place']): CrossrefTarget | undefined {
  const targets = (file.data.crossrefTargets ??= new Map());
  if (targets.has(id)) {
    reportError(file, { ruleId: 'crossref-duplicate-label', reason: `The label "${id}" is used twice in this lecture`, fix: 'give each figure, table, equation and section its own label', place });
    return undefined;
  }
  const number = [...targets.values()].filter((target) => target.kind === kind).length + 1;
  const target = { id, kind, number };
  targets.set(id, target);
  return target;
}
