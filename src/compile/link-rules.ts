import type { Diagnostic } from '../model/diagnostic.ts';
import { isPublished, type CompiledLecture, type DocumentKind, type Slide } from '../model/lecture.ts';
import type { LectureData } from '../schemas/lecture.ts';
import { isPageId } from '../model/page-ids.ts';
import { sitePathOf, type SiteFiles } from '../markdown/site-files.ts';

/** What the link check needs to know of one lecture or course page (a page's slides are its sections). */
export type LinkableLecture = Pick<CompiledLecture, 'id' | 'path' | 'links'> & {
  kind: DocumentKind;
  data?: Pick<LectureData, 'draft'> & Partial<Pick<LectureData, 'available'>>;
  slides: readonly Slide[];
};

/** Site pages that are not lectures, by path. */
const SITE_PAGES = new Set(['/', '/references/']);

interface Problem {
  reason: string;
  fix: string;
}

function resolveLink(url: string, from: LinkableLecture, byId: Map<string, LinkableLecture>, siteFiles: SiteFiles): Problem | undefined {
  const [path = '', hash = ''] = url.split('#');
  const anchor = hash.replace(/^\//, '');
  const view = /^\/(notes|slides)\/([^/]+)\/?$/.exec(path);
  const page = /^\/([a-z][a-z0-9-]*)\/?$/.exec(path);
  const lectureIds = [...byId.values()].filter((lecture) => lecture.kind === 'lecture').map((lecture) => lecture.id);
  const target = path === '' ? from : view ? byId.get(view[2]!) : page && byId.get(page[1]!)?.kind === 'page' ? byId.get(page[1]!) : undefined;
  if (view && (!target || target.kind === 'page' || (view[1] === 'slides' && target.kind !== 'lecture'))) {
    return { reason: `points to lecture "${view[2]}", which does not exist`, fix: `use one of: ${lectureIds.join(', ')}` };
  }
  if (target) {
    if (target !== from && target.data && !isPublished(target.data) && (!from.data || isPublished(from.data))) {
      const when = target.data.draft ? 'is a draft' : `is not available until ${target.data.available!.toISOString().slice(0, 10)}`;
      return { reason: `points to ${target.kind === 'page' ? 'page' : 'lecture'} "${target.id}", which ${when} and so has no page yet`, fix: 'link to it once it is published, or remove the link' };
    }
    if (!anchor || isPageId(anchor) || target.slides.some((slide) => slide.id === anchor)) return undefined;
    return { reason: `points to "${anchor}", which is not a slide or section of ${target.id}`,
      fix: target.kind === 'page' ? 'use the id of one of its headings (see its "On this page" links)' : 'use the id of a slide heading (see its URL in the deck)' };
  }
  const file = sitePathOf(path);
  if (SITE_PAGES.has(path) || (file !== undefined && siteFiles.has(file))) return undefined;
  return { reason: 'points to no page of the site and no file in public/', fix: 'correct the path' };
}

/**
 * Resolve each internal link written in a lecture or course page: `/notes/<id>/#<slide>`,
 * `/slides/<id>/#/<slide>`, `#<slide>` (same lecture), a course page `/<page>/#<section>`, other site pages and
 * files in `public/`. A target that does not exist, or a lecture that is not
 * published, is an error at the link.
 */
export function checkInternalLinks(lectures: readonly LinkableLecture[], siteFiles: SiteFiles): Diagnostic[] {
  const byId = new Map(lectures.map((lecture) => [lecture.id, lecture]));
  return lectures.flatMap((lecture) => lecture.links.flatMap((link): Diagnostic[] => {
    const problem = resolveLink(link.url, lecture, byId, siteFiles);
    return problem ? [{
      path: lecture.path, line: link.line, column: link.column, severity: 'error',
      ruleId: 'broken-link', reason: `Link "${link.url}" ${problem.reason}`, fix: problem.fix,
    }] : [];
  }));
}
