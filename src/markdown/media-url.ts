import { checkUrl } from '../model/url-policy.ts';
import { sitePathOf, type SiteFiles } from './site-files.ts';

/** Why a media URL cannot be used, as a diagnostic's rule, reason and fix. */
export interface MediaProblem {
  ruleId: 'media-remote' | 'media-missing';
  reason: string;
  fix: string;
}

const IN_PUBLIC = 'put the file in public/ and write its path from the site root, e.g. /media/intro.mp4 or /figures/stars.png';

/**
 * Check a video, background image or background page a lecture names: it
 * must be a file of this site (`/media/intro.mp4` in `public/`), since the
 * site works offline and loads nothing from elsewhere. `what` names it in
 * the message ("Background image").
 */
export function mediaProblem(url: string, siteFiles: SiteFiles, what: string): MediaProblem | undefined {
  const verdict = checkUrl(url);
  if (!verdict.ok) return { ruleId: 'media-remote', reason: `${what} "${url}" cannot be used: ${verdict.reason}`, fix: IN_PUBLIC };
  if (verdict.remote) {
    return { ruleId: 'media-remote', reason: `${what} "${url}" is on another site (only files of this site are shown)`, fix: `download it: ${IN_PUBLIC}` };
  }
  if (!url.startsWith('/')) return { ruleId: 'media-missing', reason: `${what} path "${url}" is relative`, fix: IN_PUBLIC };
  const path = sitePathOf(url);
  if (path === undefined || !siteFiles.has(path)) return { ruleId: 'media-missing', reason: `${what} file not found: public${url}`, fix: 'add the file, or correct the path' };
  return undefined;
}
