import cssesc from 'cssesc';

/**
 * The deck's footer line (frontmatter `footer:`) as the theme's `--footer`
 * property, which the theme draws under every slide and on every printed
 * page; the text becomes a CSS string by cssesc, whatever it holds.
 */
export function footerStyle(footer: string): string {
  return `--footer: ${cssesc(footer.replace(/\s+/g, ' '), { quotes: 'double', wrap: true })}`;
}
