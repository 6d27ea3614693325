import type { Element, Nodes } from 'hast';

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function collectIds(node: Nodes, ids: string[]): void {
  if (node.type === 'element' && typeof node.properties.id === 'string') ids.push(node.properties.id);
  if ('children' in node) for (const child of node.children) collectIds(child, ids);
}

/**
 * Rename every id inside an SVG to `prefix-N` (the root's to `prefix`) and rewrite what points at them: `url(#…)` and `#…` in
 * attributes and in `<style>`, `href`, and aria id lists. Mermaid numbers its
 * ids per render (`mermaid-0`, `L_A_B_0`, …), so two diagrams on one page
 * would otherwise share ids and take each other's markers and styles.
 */
export function scopeSvgIds(svg: Element, prefix: string): Element {
  const ids: string[] = [];
  collectIds(svg, ids);
  if (ids.length === 0) return svg;
  const root = typeof svg.properties.id === 'string' ? svg.properties.id : undefined;
  // Numbered, not prefixed: Mermaid has both `mermaid-0-L_A_B_0` and `L_A_B_0`, which a prefix would merge.
  const renamed = new Map(ids.map((id, index) => [id, id === root ? prefix : `${prefix}-${index}`]));
  // Longest first, so `#a-1` is not read as `#a` followed by `-1`.
  const names = [...renamed.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp);
  const reference = new RegExp(`#(${names.join('|')})(?![\\w-])`, 'g');
  const rewrite = (text: string) => text.replace(reference, (_, id: string) => `#${renamed.get(id)}`);

  const visit = (node: Nodes, inStyle: boolean): void => {
    if (node.type === 'text' && inStyle) node.value = rewrite(node.value);
    if (node.type !== 'element') return;
    for (const [key, value] of Object.entries(node.properties)) {
      if (key === 'id' && typeof value === 'string') node.properties.id = renamed.get(value) ?? value;
      else if (typeof value === 'string' && value.includes('#')) node.properties[key] = rewrite(value);
      else if (Array.isArray(value) && key.startsWith('aria')) node.properties[key] = value.map((token) => renamed.get(String(token)) ?? token);
    }
    for (const child of node.children) visit(child, node.tagName === 'style');
  };
  visit(svg, false);
  return svg;
}
