import type { Properties } from 'hast';
import type { Parent, RootContent } from 'mdast';

/** An HTML element around other content, made by a plugin (a callout's `<details>`, a tab list). */
export interface BlockElement extends Parent {
  type: 'blockElement';
  children: RootContent[];
  data: { hName: string; hProperties: Properties };
}

declare module 'mdast' {
  interface RootContentMap {
    blockElement: BlockElement;
  }
  interface BlockContentMap {
    blockElement: BlockElement;
  }
}

/** An element named `hName` with these properties around `children` (mdast-util-to-hast makes it so). */
export function blockElement(hName: string, hProperties: Properties, children: RootContent[]): BlockElement {
  return { type: 'blockElement', children, data: { hName, hProperties } };
}
