/** Slide properties as they go onto the `<section>` element (hast property names). */
export type SlideProperties = Record<string, string | number | string[]>;

const COLOUR = /^(#[0-9a-f]{3,8}|(rgb|hsl)a?\(.*\)|[a-z]+)$/i;

/** reveal.js transitions, alone or as `fade-in slide-out` pairs. */
const TRANSITION = /^(?:(?:none|fade|slide|convex|concave|zoom)(?:-in|-out)?)(?:\s+(?:none|fade|slide|convex|concave|zoom)(?:-in|-out)?)?$/;

/** Values an attribute must take, with how to say so. */
const VALUES: Record<string, [RegExp, string]> = {
  visibility: [/^(hidden|uncounted)$/, 'visibility="hidden" (left out of the deck) or visibility="uncounted" (not numbered)'],
  transition: [TRANSITION, 'one of none, fade, slide, convex, concave, zoom (or a pair such as "fade-in slide-out")'],
  'background-transition': [TRANSITION, 'one of none, fade, slide, convex, concave, zoom'],
  'transition-speed': [/^(default|fast|slow)$/, 'default, fast or slow'],
  'auto-animate': [/^(true|false)$/, 'auto-animate=true'],
  'background-opacity': [/^(0|1|0?\.\d+|1\.0*)$/, 'a number from 0 to 1, e.g. 0.5'],
  timing: [/^\d+(\.\d+)?$/, 'a number of seconds, e.g. timing=120'],
  'chalkboard-buttons': [/^(true|false)$/, 'chalkboard-buttons="true" (the tools\' buttons on this slide) or "false"'],
};

/** Attributes of a slide (`::slide{…}`, or a `##` heading's `{…}`) and the reveal.js `data-*` property each becomes. */
const DATA_ATTRIBUTES: Record<string, string> = {
  'background-color': 'dataBackgroundColor',
  'background-image': 'dataBackgroundImage',
  'background-size': 'dataBackgroundSize',
  'background-position': 'dataBackgroundPosition',
  'background-repeat': 'dataBackgroundRepeat',
  'background-opacity': 'dataBackgroundOpacity',
  'background-video': 'dataBackgroundVideo',
  'background-video-loop': 'dataBackgroundVideoLoop',
  'background-video-muted': 'dataBackgroundVideoMuted',
  'background-iframe': 'dataBackgroundIframe',
  'background-interactive': 'dataBackgroundInteractive',
  'background-transition': 'dataBackgroundTransition',
  transition: 'dataTransition',
  'transition-speed': 'dataTransitionSpeed',
  'auto-animate': 'dataAutoAnimate',
  'auto-animate-easing': 'dataAutoAnimateEasing',
  'auto-animate-delay': 'dataAutoAnimateDelay',
  'auto-animate-duration': 'dataAutoAnimateDuration',
  'auto-animate-unmatched': 'dataAutoAnimateUnmatched',
  'auto-animate-id': 'dataAutoAnimateId',
  'auto-animate-restart': 'dataAutoAnimateRestart',
  timing: 'dataTiming',
  visibility: 'dataVisibility',
  'chalkboard-buttons': 'dataChalkboardButtons',
};

/** The slide properties that name a file: a background image, video or page, which must be a file of the site. */
export const MEDIA_PROPERTIES = ['dataBackgroundImage', 'dataBackgroundVideo', 'dataBackgroundIframe'] as const;

/** Every attribute a slide accepts, for the error message. */
export const SLIDE_ATTRIBUTE_NAMES = ['class', 'id', 'background', ...Object.keys(DATA_ATTRIBUTES)];

/** The result of reading a slide's attributes. */
export interface SlideAttributes {
  properties: SlideProperties;
  classes: string[];
  id?: string;
  /** Attribute names no slide has. */
  unknown: string[];
  /** Attributes with a value they cannot take: the name and what to write. */
  invalid: { name: string; value: string; expected: string }[];
}

/**
 * Map the attributes of a slide (`::slide{.statement background=#123}`, or
 * Quarto's `## Title {.smaller background-color="black" auto-animate=true}`)
 * to section properties: classes, an id override and reveal.js `data-*`
 * attributes (`background` picks colour or image by its value).
 */
export function readSlideAttributes(attributes: Record<string, string | null | undefined>): SlideAttributes {
  const result: SlideAttributes = { properties: {}, classes: [], unknown: [], invalid: [] };
  for (const [name, value] of Object.entries(attributes)) {
    if (value === null || value === undefined) continue;
    const rule = VALUES[name];
    if (rule && !rule[0].test(value)) {
      result.invalid.push({ name, value, expected: rule[1] });
      continue;
    }
    if (name === 'auto-animate' && value === 'false') continue;
    if (name === 'class') result.classes.push(...value.split(/\s+/).filter(Boolean));
    else if (name === 'id') result.id = value;
    else if (name === 'background') {
      result.properties[COLOUR.test(value) ? 'dataBackgroundColor' : 'dataBackgroundImage'] = value;
    } else if (DATA_ATTRIBUTES[name]) result.properties[DATA_ATTRIBUTES[name]] = value;
    else result.unknown.push(name);
  }
  return result;
}
