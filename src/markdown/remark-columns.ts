import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { reportError } from './diagnostics.ts';

const WIDTH = /^\d{1,3}(\.\d+)?%$/;

/**
 * Side-by-side columns: `::::columns` holding `:::column{width=40%}` blocks
 * become flex rows on slides (and stack on narrow reading pages). A column
 * outside `columns` or a width that is not a percentage is an error.
 */
export default function remarkColumns() {
  return (tree: Root, file: VFile) => {
    visit(tree, 'containerDirective', (node, _index, parent) => {
      if (node.name === 'columns') {
        node.data = { ...node.data, hName: 'div', hProperties: { className: ['columns'] } };
        return;
      }
      if (node.name !== 'column') return;
      if (parent?.type !== 'containerDirective' || parent.name !== 'columns') {
        reportError(file, {
          ruleId: 'column-outside-columns',
          reason: 'A :::column block must sit inside a ::::columns block',
          fix: 'wrap the columns in ::::columns … :::: (four colons for the outer block)',
          place: node.position,
        });
      }
      const width = node.attributes?.width;
      const hProperties: { className: string[]; style?: string } = { className: ['column'] };
      if (width && WIDTH.test(width)) hProperties.style = `flex: 0 0 ${width}; max-width: ${width}`;
      else if (width) {
        reportError(file, {
          ruleId: 'column-width',
          reason: `Column width "${width}" is not a percentage`,
          fix: 'write the width as a percentage, e.g. {width=40%}',
          place: node.position,
        });
      }
      node.data = { ...node.data, hName: 'div', hProperties };
    });
  };
}
