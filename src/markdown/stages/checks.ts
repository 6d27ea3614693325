import type { Preset } from 'unified';
import remarkMathChecks from '../remark-math-checks.ts';
import remarkUnclosedBlocks from '../remark-unclosed-blocks.ts';

/** Problems read off the tree as the lecturer wrote it: a fence or block that swallows the rest of the file, maths KaTeX would misrender. */
export const checks: Preset = { plugins: [remarkUnclosedBlocks, remarkMathChecks] };
