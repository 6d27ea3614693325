import { adjust, mix, toHex } from 'khroma';
import type { MermaidConfig } from 'mermaid';

/** The course colours a diagram follows (course.yaml `theme`). */
export interface CourseTheme {
  /** Accent colour, a CSS hex colour such as `#0b3d91`. */
  accent: string;
}

/** The page colour scheme a variant of a diagram is drawn for. */
export type DiagramVariant = 'light' | 'dark';

/** Both variants, in the order they are rendered. */
export const DIAGRAM_VARIANTS: readonly DiagramVariant[] = ['light', 'dark'];

/** The course's accent when course.yaml sets none. */
export const DEFAULT_ACCENT = '#0b3d91';

/** The site's text font (src/styles/tokens.css), so diagram labels match the page around them. */
export const DIAGRAM_FONT = "'Source Sans 3 Variable', 'Source Sans 3', system-ui, sans-serif";

/** Page colours of each scheme, the same as tokens.css (--paper, --paper-alt, --ink, --ink-muted). */
const PAGE = {
  light: { paper: '#ffffff', paperAlt: '#f3f5f9', ink: '#16181d', inkMuted: '#4a5060' },
  dark: { paper: '#14161b', paperAlt: '#1e2129', ink: '#e6e8ee', inkMuted: '#aab1c0' },
} as const;

// Mermaid's theme has twelve series colours (cScale0–11, pie1–12).
const SERIES = 12;

/**
 * Fills for series (pie slices, timeline and mindmap sections): the accent
 * first, then hues turned away from it, as pale tints on light pages and
 * deep ones on dark pages so the page's ink stays readable on all of them.
 */
function seriesColours(accent: string, variant: DiagramVariant): Record<string, string> {
  const colours: Record<string, string> = {};
  for (let index = 0; index < SERIES; index++) {
    // Turning by about the golden angle keeps neighbouring series far apart in hue.
    const hue = toHex(adjust(accent, { h: (index * 137) % 360 }));
    const fill = toHex(mix(hue, PAGE[variant].paper, variant === 'dark' ? 45 : 22));
    colours[`cScale${index}`] = fill;
    colours[`cScaleLabel${index}`] = PAGE[variant].ink;
    colours[`pie${index + 1}`] = fill;
  }
  return colours;
}

/**
 * Mermaid settings for one variant: the `base` theme (the one Mermaid lets a
 * site recolour) with node fills tinted by the accent, borders in the accent
 * (lightened on dark pages so it stays visible) and text in the page's ink.
 * Labels are SVG text, not HTML, so page CSS cannot reflow them after layout.
 */
export function mermaidConfig(theme: CourseTheme, variant: DiagramVariant): MermaidConfig {
  const page = PAGE[variant];
  const dark = variant === 'dark';
  const border = dark ? toHex(mix(theme.accent, '#ffffff', 50)) : theme.accent;
  const fill = toHex(mix(theme.accent, page.paper, dark ? 45 : 12));
  return {
    theme: 'base',
    // Mermaid's default, said out loud: labels go through DOMPurify and `click` does nothing; a diagram's `init` cannot change it.
    securityLevel: 'strict',
    fontFamily: DIAGRAM_FONT,
    htmlLabels: false,
    flowchart: { htmlLabels: false },
    themeVariables: {
      darkMode: dark,
      background: page.paper,
      fontFamily: DIAGRAM_FONT,
      fontSize: '16px',
      primaryColor: fill,
      primaryBorderColor: border,
      primaryTextColor: page.ink,
      secondaryColor: toHex(mix(theme.accent, page.paper, dark ? 25 : 6)),
      tertiaryColor: page.paperAlt,
      lineColor: page.inkMuted,
      textColor: page.ink,
      titleColor: page.ink,
      edgeLabelBackground: page.paper,
      clusterBkg: page.paperAlt,
      clusterBorder: border,
      noteBkgColor: page.paperAlt,
      noteTextColor: page.ink,
      noteBorderColor: border,
      ...seriesColours(theme.accent, variant),
      pieSectionTextColor: page.ink,
      pieTitleTextColor: page.ink,
      pieLegendTextColor: page.ink,
      pieStrokeColor: page.paper,
      pieOuterStrokeColor: border,
    },
  };
}
