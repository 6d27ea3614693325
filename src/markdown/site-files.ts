/** The files of the site's `public/` folder, as site paths (`/figures/map.png`), decoded. */
export type SiteFiles = ReadonlySet<string>;

/**
 * The site file a root-relative URL names, without query or hash and with
 * percent-escapes decoded; undefined when the escapes are malformed.
 */
export function sitePathOf(url: string): string | undefined {
  try {
    return decodeURI(url.split(/[?#]/)[0]!);
  } catch {
    return undefined;
  }
}
