import { createElement, type IconNode } from 'lucide';

/** A Lucide icon as inline SVG (bundled, nothing fetched), hidden from screen readers: its button carries the name. */
export function icon(node: IconNode): SVGElement {
  return createElement(node, { 'aria-hidden': 'true', focusable: 'false', class: 'tool-icon' });
}

/** A button with an icon, an accessible name, and its shortcut shown on hover and announced. */
export function iconButton(node: IconNode, label: string, shortcut?: string): HTMLButtonElement {
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'tool-button';
  button.setAttribute('aria-label', label);
  if (shortcut) button.setAttribute('aria-keyshortcuts', shortcut);
  button.title = shortcut ? `${label} (${shortcut})` : label;
  button.append(icon(node));
  return button;
}
