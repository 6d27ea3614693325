import type { Node, Parent, RootContent } from 'mdast';

/** One slide of a lecture: the nodes between two boundaries (`#`, `##`, `---`). */
export interface SlideNode extends Parent {
  type: 'slide';
  children: RootContent[];
  data: {
    hName: 'section';
    hProperties: Record<string, string | string[] | number>;
  };
}


/** Whether an mdast node is a slide made by `remark-slides`. */
export function isSlide(node: Node): node is SlideNode {
  return node.type === 'slide';
}

/** Content revealed in one step: what follows a `. . .` pause, up to the next one. */
export interface FragmentNode extends Parent {
  type: 'fragment';
  children: RootContent[];
  data: { hName: 'div'; hProperties: { className: string[] } };
}

declare module 'mdast' {
  interface RootContentMap {
    slide: SlideNode;
    fragment: FragmentNode;
  }
}
