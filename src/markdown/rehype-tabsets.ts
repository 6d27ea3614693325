import type { Element, ElementContent, Root } from 'hast';
import { walkElements } from './hast-walk.ts';
import { SELECT_TAB, TAB_KEYS } from '../model/inline-handlers.ts';
import { hasClass } from './hast-class.ts';
import { isElement } from './hast-tree.ts';

/** The tab that shows a panel: a button named by the panel's title, with its handler as an attribute. */
function tabFor(panel: Element, title: Element | undefined, selected: boolean): Element {
  const id = String(panel.properties.id);
  panel.properties = { ...panel.properties, role: 'tabpanel', ariaLabelledBy: [`${id}-tab`], tabIndex: 0 };
  if (selected) panel.properties.className = [...(panel.properties.className as string[]), 'active'];
  return {
    type: 'element',
    tagName: 'button',
    properties: { type: 'button', role: 'tab', id: `${id}-tab`, ariaControls: [id], ariaSelected: selected ? 'true' : 'false', tabIndex: selected ? 0 : -1, onClick: SELECT_TAB },
    children: structuredClone(title?.children ?? []) as ElementContent[],
  };
}

/**
 * Tabsets in the notes: a tab list before the panels (the ARIA tabs pattern,
 * the first tab selected), its handlers as attributes so the page loads no
 * script. Runs after the views are split (the deck keeps stacked panels)
 * and after sanitising, which would take the handlers out of lecture HTML.
 */
export default function rehypeTabsets() {
  return (tree: Root) => {
    walkElements(tree, (node) => {
      if (!hasClass(node, 'panel-tabset')) return;
      const panels = node.children.filter((child): child is Element => isElement(child) && hasClass(child, 'tabset-panel'));
      const tabs = panels.map((panel, index) => tabFor(panel, panel.children.find((child): child is Element => isElement(child) && hasClass(child, 'tabset-title')), index === 0));
      const list: Element = { type: 'element', tagName: 'div', properties: { className: ['tabset-tabs'], role: 'tablist', onKeyDown: TAB_KEYS }, children: tabs };
      node.children.splice(node.children.indexOf(panels[0]!), 0, list);
    });
  };
}
