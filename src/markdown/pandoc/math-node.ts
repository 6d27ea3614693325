import type { Math } from 'mdast-util-math';
import type { Attributes } from './types.ts';

/**
 * A display-math node shaped exactly as remark-math makes one (`pre >
 * code.language-math.math-display`), so rehype-katex renders it alike.
 */
export function displayMath(value: string, attributes?: Attributes): Math {
  return {
    type: 'math',
    meta: null,
    value,
    data: {
      hName: 'pre',
      hChildren: [
        {
          type: 'element',
          tagName: 'code',
          properties: { className: ['language-math', 'math-display'] },
          children: [{ type: 'text', value }],
        },
      ],
      ...(attributes ? { attributes } : {}),
    },
  };
}
