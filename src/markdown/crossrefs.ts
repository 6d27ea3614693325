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
  /** Its number within the lecture, per kind, in order of appearance (a sub-figure: its figure's). */
  number: number;
  /** A sub-figure's letter within its figure (`a`, `b`, …). */
  sub?: string;
  /** What the target is called in text: a section's heading, a figure's caption (MyST's `{ref}` shows it). */
  title?: string;
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

/** The targets of a lecture so far, by label. */
export function crossrefTargets(file: VFile): ReadonlyMap<string, CrossrefTarget> {
  return (file.data.crossrefTargets ??= new Map());
}

/** How many targets of a kind the lecture has so far (not counting sub-figures). */
export function crossrefCount(file: VFile, kind: CrossrefKind): number {
  return [...crossrefTargets(file).values()].filter((target) => target.kind === kind && target.sub === undefined).length;
}

/** Optional facts about a target: its title, or the figure a sub-figure belongs to. */
export interface CrossrefDetails {
  title?: string;
  /** The figure a sub-figure sits in: it takes that figure's number, and `sub` (else the next letter). */
  parent?: CrossrefTarget;
  sub?: string;
}

/**
 * Number a labelled target: the next number of its kind in this lecture.
 * Plugins call this in document order. A label used twice is an error at
 * the second; undefined is returned for it.
 */
export function addCrossrefTarget(file: VFile, id: string, kind: CrossrefKind, place: DiagnosticInput['place'], details: CrossrefDetails = {}): CrossrefTarget | undefined {
  const targets = (file.data.crossrefTargets ??= new Map());
  if (targets.has(id)) {
    reportError(file, { ruleId: 'crossref-duplicate-label', reason: `The label "${id}" is used twice in this lecture`, fix: 'give each figure, table, equation and section its own label', place });
    return undefined;
  }
  const { parent, title } = details;
  const siblings = parent ? [...targets.values()].filter((target) => target.number === parent.number && target.kind === kind && target.sub).length : 0;
  const target: CrossrefTarget = parent
    ? { id, kind, number: parent.number, sub: details.sub ?? String.fromCharCode(97 + siblings) }
    : { id, kind, number: crossrefCount(file, kind) + 1 };
  if (title !== undefined) target.title = title;
  targets.set(id, target);
  return target;
}

/** How a target is named in text: "Figure 2", "Figure 2 (b)", "Equation 1"; a section by its title. */
export function crossrefText(target: CrossrefTarget, prefix: string = CROSSREF_KINDS[target.kind]): string {
  if (target.kind === 'sec') return target.title ?? `${prefix} ${target.number}`;
  const number = `${target.number}${target.sub ? ` (${target.sub})` : ''}`;
  return prefix ? `${prefix} ${number}` : number;
}
