import type { Root } from 'mdast';
import { SKIP, visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { reportWarning } from './diagnostics.ts';

/** Jupyter Book's page directives whose work the site does itself, and what it does instead. */
const MADE_BY_THE_SITE: Record<string, { reason: string; fix: string }> = {
  tableofcontents: {
    reason: 'The MyST directive {tableofcontents} is left out: the site makes its own contents list',
    fix: 'nothing to write: the course sidebar and the home page list every lecture and page, and each notes page its sections; delete the directive to silence this',
  },
  bibliography: {
    reason: 'The MyST directive {bibliography} is left out: the site adds the lecture\'s bibliography itself',
    fix: 'nothing to write: the notes end with the works the lecture cites, and the References page lists every work of the course; delete the directive to silence this',
  },
};

/** The page directive a node is, written ```` ```{tableofcontents} ```` or `:::{bibliography}`. */
function pageDirective(node: Root['children'][number]): string | undefined {
  const name = node.type === 'code' ? node.data?.mystDirective
    : node.type === 'containerDirective' && node.data?.fence?.form === 'myst' ? node.name : undefined;
  return name !== undefined && Object.hasOwn(MADE_BY_THE_SITE, name) ? name : undefined;
}

/**
 * Jupyter Book's ```` ```{tableofcontents} ```` and ```` ```{bibliography} ```` (either fence, with
 * any options) are dropped from the slides and the notes, each with a warning at its line saying
 * what the site puts there itself; nothing of them shows, so they are no unknown directive.
 */
export default function remarkMystPageDirectives() {
  return (tree: Root, file: VFile) => {
    visit(tree, (node, index, parent) => {
      const name = pageDirective(node as Root['children'][number]);
      if (!name || !parent || index === undefined) return undefined;
      reportWarning(file, { ruleId: 'site-made-directive', ...MADE_BY_THE_SITE[name]!, place: node.position });
      parent.children.splice(index, 1);
      return [SKIP, index];
    });
  };
}
