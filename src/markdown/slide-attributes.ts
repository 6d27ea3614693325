/** Slide properties as they go onto the `<section>` element (hast property names). */
export type SlideProperties = Record<string, string | number | string[]>;

const COLOUR = /^(#[0-9a-f]{3,8}|(rgb|hsl)a?\(.*\)|[a-z]+)$/i;

/** Attributes of `::slide{…}` and the reveal.js `data-*` property each becomes. */
const DATA_ATTRIBUTES: Record<string, string> = {
  'background-color': 'dataBackgroundColor',
  'background-image': 'dataBackgroundImage',
  'background-size': 'dataBackgroundSize',
  'background-position': 'dataBackgroundPosition',
  'background-opacity': 'dataBackgroundOpacity',
  transition: 'dataTransition',
  timing: 'dataTiming',
  visibility: 'dataVisibility',
};

/** Every attribute `::slide{…}` accepts, for the error message. */
export const SLIDE_ATTRIBUTE_NAMES = ['class', 'id', 'background', ...Object.keys(DATA_ATTRIBUTES)];

/** The result of reading a `::slide{…}` directive's attributes. */
export interface SlideAttributes {
  properties: SlideProperties;
  classes: string[];
  id?: string;
  unknown: string[];
}

/**
 * Map the attributes of a `::slide{.statement background=#123}` directive to
 * section properties: classes, an id override and reveal.js `data-*`
 * attributes (`background` picks colour or image by its value).
 */
export function readSlideAttributes(attributes: Record<string, string | null | undefined>): SlideAttributes {
  const result: SlideAttributes = { properties: {}, classes: [], unknown: [] };
  for (const [name, value] of Object.entries(attributes)) {
    if (value === null || value === undefined) continue;
    if (name === 'class') result.classes.push(...value.split(/\s+/).filter(Boolean));
    else if (name === 'id') result.id = value;
    else if (name === 'background') {
      result.properties[COLOUR.test(value) ? 'dataBackgroundColor' : 'dataBackgroundImage'] = value;
    } else if (DATA_ATTRIBUTES[name]) result.properties[DATA_ATTRIBUTES[name]] = value;
    else result.unknown.push(name);
  }
  return result;
}
