import type { Element, ElementContent, Root } from 'hast';

type Parent = Element | Root;

/** A picture with a credit, and the elements it sits in (its parent last). */
interface Credited {
  text: string;
  picture: Element;
  ancestors: Parent[];
}

const element = (tagName: string, className: string[], children: ElementContent[]): Element =>
  ({ type: 'element', tagName, properties: { className }, children });

/** The credit line: its own line at the end of a caption. */
const creditLine = (text: string) => element('span', ['figure-credit'], [{ type: 'text', value: text }]);

const isElementNamed = (node: Parent | ElementContent, tagName: string): node is Element => node.type === 'element' && node.tagName === tagName;

/**
 * Every picture with a `data-credit` (from `credit="…"`); a `<picture>`'s sits on its `<img>`, but the picture is what is credited.
 * `path` is the elements from the root down to `node`'s parent: one list for the whole walk, copied only for a credit.
 */
function collect(node: Parent, path: Parent[], found: Credited[]): void {
  path.push(node);
  for (const child of node.children) {
    if (child.type !== 'element') continue;
    const text = child.properties.dataCredit;
    if (typeof text === 'string') {
      delete child.properties.dataCredit;
      const inPicture = isElementNamed(node, 'picture');
      found.push(inPicture ? { text, picture: node, ancestors: path.slice(0, -1) } : { text, picture: child, ancestors: [...path] });
    }
    collect(child, path, found);
  }
  path.pop();
}

/**
 * `credit="…"` on an image (`![…](photo.jpg){credit="Photo: A. Person, CC BY 4.0"}`)
 * puts a credit line under the picture: at the end of its figure's caption,
 * or as the caption of a figure made for it when the picture stands alone in
 * its paragraph, else right after it. Runs after figures are numbered, for
 * both views.
 */
export default function rehypeFigureCredits() {
  return (tree: Root) => {
    const found: Credited[] = [];
    collect(tree, [], found);
    for (const { text, picture, ancestors } of found) {
      const parent = ancestors.at(-1)!;
      const figure = ancestors.findLast((ancestor) => isElementNamed(ancestor, 'figure')) as Element | undefined;
      if (figure) {
        const caption = figure.children.find((child) => isElementNamed(child, 'figcaption')) as Element | undefined;
        if (caption) caption.children.push(creditLine(text));
        else figure.children.push(element('figcaption', [], [creditLine(text)]));
      } else if (isElementNamed(parent, 'p') && parent.children.every((child) => child === picture || (child.type === 'text' && !child.value.trim()))) {
        const holder = ancestors.at(-2)!;
        holder.children[holder.children.indexOf(parent)] = element('figure', ['figure', 'credited'], [picture, element('figcaption', [], [creditLine(text)])]);
      } else {
        parent.children.splice(parent.children.indexOf(picture) + 1, 0, creditLine(text));
      }
    }
  };
}
