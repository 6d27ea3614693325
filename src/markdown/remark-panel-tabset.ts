import type { BlockContent, DefinitionContent, Heading, Root, RootContent } from 'mdast';
import type { ContainerDirective } from 'mdast-util-directive';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { blockElement } from './block-element.ts';
import { reportError } from './diagnostics.ts';

type Block = BlockContent | DefinitionContent;

/** The tabs of a tabset: each heading of the first heading level found opens one. */
function splitTabs(node: ContainerDirective): { before: Block[]; tabs: { heading: Heading; body: Block[] }[] } {
  const depth = node.children.find((child): child is Heading => child.type === 'heading')?.depth;
  const before: Block[] = [];
  const tabs: { heading: Heading; body: Block[] }[] = [];
  for (const child of node.children as Block[]) {
    if (child.type === 'heading' && child.depth === depth) tabs.push({ heading: child, body: [] });
    else (tabs.at(-1)?.body ?? before).push(child);
  }
  return { before, tabs };
}

/**
 * Quarto's `::: {.panel-tabset}`: each `###` heading inside opens a tab, a
 * panel with the heading's text as its title. On slides, which cannot be
 * clicked through in a lecture, the panels stand one under the other with
 * their titles; in the notes `rehype-tabsets` makes them tabs.
 */
export default function remarkPanelTabset() {
  return (tree: Root, file: VFile) => {
    let count = 0;
    visit(tree, 'containerDirective', (node) => {
      if (node.name !== 'panel-tabset') return;
      const { before, tabs } = splitTabs(node);
      if (tabs.length === 0) {
        reportError(file, { ruleId: 'panel-tabset', reason: 'A panel-tabset has no tabs', fix: 'start each tab with a heading (### Tab title) inside the block', place: node.position });
        return;
      }
      count += 1;
      const panels = tabs.map(({ heading, body }, tab) => blockElement('div', { className: ['tabset-panel'], id: `tabset-${count}-${tab + 1}` }, [
        blockElement('p', { className: ['tabset-title'] }, heading.children as RootContent[]),
        ...body,
      ]));
      node.children = [...before, ...panels];
      node.data = { ...node.data, hName: 'div', hProperties: { className: ['panel-tabset'] } };
    });
  };
}
