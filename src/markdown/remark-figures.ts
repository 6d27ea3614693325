import type { Image, Paragraph, Parent, Root } from 'mdast';
import { visit } from 'unist-util-visit';

declare module 'mdast' {
  interface RootContentMap {
    figure: Figure;
  }
}

/** An image with its numbered caption. */
export interface Figure extends Parent {
  type: 'figure';
  children: (Image | Paragraph)[];
  data: { hName: 'figure'; hProperties: { id: string; className: string[] } };
}

/**
 * An image alone in its paragraph, with a title, becomes a numbered figure:
 * `![A map of models](/figures/map.png "Families of models")` →
 * `<figure id="figure-1">…<figcaption>Figure 1: Families of models</figcaption>`.
 * Numbers count up through the lecture, the same in slides and notes.
 */
export default function remarkFigures() {
  return (tree: Root) => {
    let count = 0;
    visit(tree, 'paragraph', (node, index, parent) => {
      const [image] = node.children;
      if (node.children.length !== 1 || image?.type !== 'image' || !image.title || index === undefined || !parent) return;
      if (image.title === 'decorative') return;
      count += 1;
      const caption: Paragraph = {
        type: 'paragraph',
        children: [{ type: 'strong', children: [{ type: 'text', value: `Figure ${count}:` }] }, { type: 'text', value: ` ${image.title}` }],
        data: { hName: 'figcaption' },
      };
      const figure: Figure = {
        type: 'figure',
        children: [{ ...image, title: null }, caption],
        data: { hName: 'figure', hProperties: { id: `figure-${count}`, className: ['figure'] } },
      };
      parent.children.splice(index, 1, figure as never);
    });
  };
}
