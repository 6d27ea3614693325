import type { Root } from 'mdast';
import type { CompileContext, Token } from 'mdast-util-from-markdown';
import type { Point } from 'unist';

/** The tree being built (problems are recorded against it). */
export const treeOf = (context: CompileContext) => context.stack[0] as Root;

/** The node being built: the innermost one entered and not yet exited. */
export const top = <T>(context: CompileContext) => context.stack[context.stack.length - 1] as T;

/** A micromark point as a unist point (without micromark's buffer indices). */
export const pointOf = ({ line, column, offset }: Token['start']): Point => ({ line, column, offset });
