import type { ShikiTransformer } from 'shiki';
import { parseCodeMeta } from './code-meta.ts';

/**
 * Shiki transformer for fence meta `numbers` (line numbers) and `{1|3-4|6}`
 * (stepwise highlights). Each line records the steps it is highlighted in;
 * one empty fragment per further step lets reveal.js count the steps, and
 * `src/client/code-steps.ts` moves the highlight as they are shown.
 */
export function shikiCodeSteps(): ShikiTransformer {
  return {
    name: 'lecture:code-steps',
    line(node, line) {
      const { steps } = parseCodeMeta(this.options.meta?.__raw);
      if (steps.length === 0) return;
      const inSteps = steps.flatMap((lines, index) => (lines.has(line) ? [index] : []));
      node.properties.dataSteps = inSteps.join(' ');
      if (inSteps.includes(0)) this.addClassToHast(node, 'highlighted');
    },
    pre(node) {
      const { steps, numbers, rawSteps } = parseCodeMeta(this.options.meta?.__raw);
      if (numbers) this.addClassToHast(node, 'line-numbers');
      if (steps.length === 0) return;
      this.addClassToHast(node, 'code-steps');
      node.properties.dataLineSteps = rawSteps;
      for (let step = 1; step < steps.length; step++) {
        node.children.push({
          type: 'element',
          tagName: 'span',
          properties: { className: ['fragment', 'code-step'], dataCodeStep: step, ariaHidden: 'true' },
          children: [],
        });
      }
    },
  };
}
