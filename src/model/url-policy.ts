/**
 * The one policy for URLs written by lecturers or pasted from elsewhere
 * (links, images, media, backgrounds, bibliography DOIs and URLs): http(s),
 * mailto and paths on the site are allowed; every other scheme — javascript:,
 * data:, file:, vbscript: … — is refused. Browsers ignore tabs, newlines and
 * leading control characters in URLs, so they are ignored here too.
 */
export type UrlVerdict = { ok: true; remote: boolean } | { ok: false; reason: string };

const SCHEME = /^([a-z][a-z0-9+.-]*):/i;
const ALLOWED_SCHEMES = new Set(['http', 'https', 'mailto']);

/** What a browser would read of a URL attribute: no tabs or newlines anywhere, no control characters or spaces in front. */
function asBrowserReads(url: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are exactly what browsers drop
  return url.replace(/[\t\n\r]/g, '').replace(/^[\u0000-\u0020]+/, '');
}

/** Whether a URL may reach an attribute of a page, and whether it leaves the site. */
export function checkUrl(url: string): UrlVerdict {
  const read = asBrowserReads(url);
  if (read.startsWith('//')) return { ok: true, remote: true };
  const scheme = SCHEME.exec(read)?.[1]?.toLowerCase();
  if (scheme === undefined) return { ok: true, remote: false };
  if (!ALLOWED_SCHEMES.has(scheme)) return { ok: false, reason: `"${scheme}:" URLs are not allowed (only http, https, mailto and paths on the site)` };
  return { ok: true, remote: scheme !== 'mailto' };
}
