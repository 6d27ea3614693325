import type { List, ListItem, Paragraph, PhrasingContent, RootContent } from 'mdast';
import type { ContainerDirective } from 'mdast-util-directive';
import { toString } from 'mdast-util-to-string';
import type { DiagnosticInput } from './diagnostics.ts';

/** One option of a question: its text, and whether it is a right answer (`[x]`). */
export interface QuizOption {
  text: PhrasingContent[];
  right: boolean;
}

/** A question as written: the prompt before the options, the options, and the explanation after them, if any. */
export interface QuizParts {
  /** The prompt's first paragraph (the form's legend). */
  prompt: Paragraph;
  /** What else the prompt holds before the options (code, maths, a picture). */
  promptMore: RootContent[];
  list: List;
  options: QuizOption[];
  explanation?: ContainerDirective;
}

/** How an option is written, for messages. */
const OPTION_SYNTAX = '"- [ ] a wrong answer" or "- [x] a right one"';

const isExplanation = (node: RootContent): node is ContainerDirective => node.type === 'containerDirective' && node.name === 'explanation';

/** The text a block opens with, for a message, cut short. */
function quoted(node: RootContent): string {
  const first = node.type === 'listItem' || node.type === 'containerDirective' || node.type === 'blockquote' ? node.children[0] ?? node : node;
  const text = toString(first).trim();
  return `"${text.length > 40 ? `${text.slice(0, 39)}…` : text}"`;
}

/** The problems of the prompt: there is one, it opens with a sentence, the explanation is not in it. */
function promptProblems(node: ContainerDirective, prompt: RootContent[]): DiagnosticInput[] {
  if (prompt.length === 0) {
    return [{ ruleId: 'quiz-syntax', reason: 'This question has no prompt before its options', fix: 'write the question as a paragraph above the options', place: node.position }];
  }
  const problems: DiagnosticInput[] = [];
  if (prompt[0]!.type !== 'paragraph') {
    problems.push({ ruleId: 'quiz-syntax', reason: 'This question does not open with a sentence', fix: 'start it with the question as a paragraph; code, maths or a picture may follow it, before the options', place: prompt[0]!.position });
  }
  for (const block of prompt.filter(isExplanation)) {
    problems.push({ ruleId: 'quiz-syntax', reason: 'The explanation stands before the options', fix: 'move ::: {.explanation} after the options', place: block.position });
  }
  return problems;
}

/** An option's text, or the problem with it: a task item of one paragraph. */
function readOption(item: ListItem): QuizOption | DiagnosticInput {
  const [paragraph, ...rest] = item.children;
  if (item.checked === null || item.checked === undefined) {
    return { ruleId: 'quiz-syntax', reason: `Option ${quoted(item)} is not marked right or wrong`, fix: `write each option as ${OPTION_SYNTAX}`, place: item.position };
  }
  if (paragraph?.type !== 'paragraph' || rest.length > 0) {
    return { ruleId: 'quiz-syntax', reason: `Option ${quoted(item)} holds more than a line of text`, fix: 'keep each option to one paragraph (no list or code in it); explain more in ::: {.explanation}', place: item.position };
  }
  return { text: paragraph.children, right: item.checked };
}

/** The problems of what follows the options: only one explanation may. */
function afterProblems(after: RootContent[]): DiagnosticInput[] {
  let explained = false;
  return after.flatMap((block): DiagnosticInput[] => {
    // A question in a question is reported as that (remark-quiz).
    if (block.type === 'containerDirective' && block.name === 'quiz') return [];
    if (isExplanation(block) && !explained) {
      explained = true;
      return block.children.length > 0 ? [] : [{ ruleId: 'quiz-syntax', reason: 'This explanation is empty', fix: 'write what explains the answer in it, or remove it', place: block.position }];
    }
    const reason = isExplanation(block) ? 'This question has a second explanation' : `${quoted(block)} stands after the options, outside the explanation`;
    return [{ ruleId: 'quiz-syntax', reason, fix: 'put the question (and any code or maths it needs) above the options, and what explains the answer in one ::: {.explanation} after them', place: block.position }];
  });
}

/**
 * Read a `::: {.quiz}` block: the prompt (everything before the task list),
 * the options (`- [ ]` wrong, `- [x]` right) and an optional
 * `::: {.explanation}` after them. Anything else is a problem, each at its
 * line: no prompt, no options, no right option, an option that is not a task
 * item or holds more than a paragraph, stray content.
 */
export function readQuiz(node: ContainerDirective): QuizParts | DiagnosticInput[] {
  const listIndex = node.children.findIndex((child) => child.type === 'list');
  const list = node.children[listIndex];
  if (list?.type !== 'list') {
    return [{ ruleId: 'quiz-no-options', reason: 'This question has no options', fix: `write them as a task list under the question, one per line: ${OPTION_SYNTAX}`, place: node.position }];
  }
  const prompt = node.children.slice(0, listIndex);
  const read = list.children.map(readOption);
  const options = read.filter((option): option is QuizOption => 'right' in option);
  const problems = [...promptProblems(node, prompt), ...read.filter((option): option is DiagnosticInput => 'ruleId' in option)];
  if (list.children.length < 2) {
    problems.push({ ruleId: 'quiz-syntax', reason: 'This question has only one option', fix: `give it two or more, each written ${OPTION_SYNTAX}`, place: list.position });
  } else if (options.length === list.children.length && !options.some((option) => option.right)) {
    problems.push({ ruleId: 'quiz-no-answer', reason: 'No option of this question is marked right', fix: 'mark the right option (or each right option) with [x]: - [x] …', place: list.position });
  }
  const after = node.children.slice(listIndex + 1);
  problems.push(...afterProblems(after));
  if (problems.length > 0) return problems;
  return { prompt: prompt[0] as Paragraph, promptMore: prompt.slice(1), list, options, explanation: after.find(isExplanation) };
}
