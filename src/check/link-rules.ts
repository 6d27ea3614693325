import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { InternalLink } from '../markdown/remark-internal-links.ts';
import type { Diagnostic } from './diagnostic.ts';

/** What the link check needs to know of one lecture. */
export interface LinkableLecture {
  /** Lecture id (file name without `.md`). */
  id: string;
  /** Path for messages. */
  path: string;
  /** Ids a link may point at: slide ids and the generated sections. */
  anchors: Set<string>;
  links: InternalLink[];
}

/** Anchors every notes page and deck has besides its slides. */
const GENERATED_ANCHORS = ['references', 'source-materials', 'title'];

/** Site pages that are not lectures, by path. */
const SITE_PAGES = new Set(['/', '/references/']);

/**
 * Resolve each internal link written in a lecture: `/notes/<id>/#<slide>`,
 * `/slides/<id>/#/<slide>`, `#<slide>` (same lecture), other site pages and
 * files in `public/`. A target that does not exist is an error at the link.
 */
export function checkInternalLinks(lectures: LinkableLecture[]): Diagnostic[] {
  const byId = new Map(lectures.map((lecture) => [lecture.id, lecture]));
  const diagnostics: Diagnostic[] = [];
  for (const lecture of lectures) {
    for (const link of lecture.links) {
      const problem = resolveLink(link.url, lecture, byId);
      if (!problem) continue;
      diagnostics.push({
        path: lecture.path, line: link.line, column: link.column, severity: 'error',
        ruleId: 'broken-link', reason: `Link "${link.url}" ${problem.reason}`, fix: problem.fix,
      });
    }
  }
  return diagnostics;
}

function resolveLink(url: string, from: LinkableLecture, byId: Map<string, LinkableLecture>) {
  const [path = '', hash = ''] = url.split('#');
  const anchor = hash.replace(/^\//, '');
  const view = /^\/(notes|slides)\/([^/]+)\/?$/.exec(path);
  const target = path === '' ? from : view ? byId.get(view[2]!) : undefined;
  if (view && !target) {
    return { reason: `points to lecture "${view[2]}", which does not exist`, fix: `use one of: ${[...byId.keys()].join(', ')}` };
  }
  if (target) {
    if (!anchor || target.anchors.has(anchor) || GENERATED_ANCHORS.includes(anchor)) return undefined;
    return { reason: `points to "${anchor}", which is not a slide or section of ${target.id}`, fix: 'use the id of a slide heading (see its URL in the deck)' };
  }
  const bare = path.endsWith('/') ? path : `${path}`;
  if (SITE_PAGES.has(bare) || existsSync(join(resolve('public'), decodeURI(path)))) return undefined;
  return { reason: 'points to no page of the site and no file in public/', fix: 'correct the path' };
}
