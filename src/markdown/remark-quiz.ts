import type { Nodes, Root } from 'mdast';
import type { VFile } from 'vfile';
import { reportError } from './diagnostics.ts';
import { shapeQuiz } from './quiz-markup.ts';
import { readQuiz } from './quiz-read.ts';

/** Where a block stands: inside a question, inside speaker notes, or neither. */
type Inside = 'quiz' | 'notes' | undefined;

/**
 * Self-check questions, written as Pandoc divs (`::: {.quiz}`, or
 * `:::quiz`): the prompt, a task list of options (`[x]` marks the right
 * ones) and an optional `::: {.explanation}`. Each becomes a form in the
 * notes and a question answered in one step on its slide (quiz-markup.ts),
 * numbered in the lecture's order; the pages make the answer key from them
 * (quiz-answer-key.ts). A question written wrongly, inside another or in
 * speaker notes, and an explanation outside a question, are errors at
 * their line.
 */
export default function remarkQuiz() {
  return (tree: Root, file: VFile) => {
    let questions = 0;
    // A question never closed holds the rest of the lecture: that is reported already (unclosed-directive), not what is in it.
    const unclosed = new Set(file.messages.filter((message) => message.ruleId === 'unclosed-directive').map((message) => `${message.line}:${message.column}`));

    const walk = (parent: Nodes, inside: Inside): void => {
      if (!('children' in parent)) return;
      for (const node of parent.children) {
        if (node.type === 'containerDirective' && node.name === 'quiz') {
          if (inside) {
            const [reason, fix] = inside === 'quiz'
              ? ['This question stands inside another question', 'close the first question with ::: before the next one opens']
              : ['This question stands inside speaker notes', 'move it out of :::notes (into :::notes-only, to keep it off the slide)'];
            reportError(file, { ruleId: 'quiz-syntax', reason, fix, place: node.position });
            continue;
          }
          if (unclosed.has(`${node.position?.start.line}:${node.position?.start.column}`)) continue;
          const parts = readQuiz(node);
          // Its own explanation is read with it; anything deeper is looked at like the rest of the lecture.
          for (const child of node.children) walk(child.type === 'containerDirective' && child.name === 'explanation' ? child : { type: 'root', children: [child] }, 'quiz');
          if (Array.isArray(parts)) {
            for (const problem of parts) reportError(file, problem);
            continue;
          }
          questions += 1;
          shapeQuiz(node, parts, questions, file);
        } else if (node.type === 'containerDirective' && node.name === 'explanation') {
          reportError(file, { ruleId: 'quiz-syntax', reason: 'This explanation stands outside a question', fix: 'put it in a ::: {.quiz} block, after the options', place: node.position });
        } else {
          walk(node, node.type === 'containerDirective' && node.name === 'notes' ? 'notes' : inside);
        }
      }
    };

    walk(tree, undefined);
  };
}
