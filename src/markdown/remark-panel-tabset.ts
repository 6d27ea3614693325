import type { BlockContent, DefinitionContent, Heading, Root, RootContent } from 'mdast';
import type { ContainerDirective } from 'mdast-util-directive';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { SELECT_TAB, TAB_KEYS } from '../model/inline-handlers.ts';
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
 * Quarto's `::: {.panel-tabset}`: each `###` heading inside opens a tab. In
 * the notes it is a tab list (the ARIA tabs pattern, its handlers as
 * attributes, so no script loads); on slides, which cannot be clicked
 * through in a lecture, the tabs stand one under the other with their titles.
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
      const id = (tab: number) => `tabset-${count}-${tab + 1}`;
      const buttons = tabs.map(({ heading }, tab) => blockElement('button', {
        type: 'button', role: 'tab', id: `${id(tab)}-tab`, ariaControls: [id(tab)], ariaSelected: tab === 0 ? 'true' : 'false', tabIndex: tab === 0 ? 0 : -1, onClick: SELECT_TAB,
      }, heading.children as RootContent[]));
      const panels = tabs.map(({ heading, body }, tab) => blockElement('div', {
        className: ['tabset-panel', ...(tab === 0 ? ['active'] : [])], id: id(tab), role: 'tabpanel', ariaLabelledBy: [`${id(tab)}-tab`], tabIndex: 0,
      }, [blockElement('p', { className: ['tabset-title'] }, heading.children as RootContent[]), ...body]));
      node.children = [...before, blockElement('div', { className: ['tabset-tabs', 'notes-only'], role: 'tablist', onKeyDown: TAB_KEYS }, buttons), ...panels];
      node.data = { ...node.data, hName: 'div', hProperties: { className: ['panel-tabset'] } };
    });
  };
}
