import { createHash } from 'node:crypto';
import type { Element, Properties } from 'hast';
import type { Paragraph, PhrasingContent, RootContent } from 'mdast';
import type { ContainerDirective } from 'mdast-util-directive';
import { toString } from 'mdast-util-to-string';
import type { VFile } from 'vfile';
import { CHECK_QUIZ, USE_QUIZ } from '../model/inline-handlers.ts';
import { blockElement } from './block-element.ts';
import { holdContent, holdElement } from './held-content.ts';
import type { QuizParts } from './quiz-read.ts';

/** Text in an element of its own (`<span class="…">`). */
function textSpan(value: string, hProperties: Properties): PhrasingContent {
  return { type: 'text', value, data: { hName: 'span', hProperties } };
}

/** A paragraph set as a span (inside a legend or label), still measured as a paragraph by the overflow check. */
function spanParagraph(className: string[], children: PhrasingContent[]): Paragraph {
  return { type: 'paragraph', children, data: { hName: 'span', hProperties: { className } } };
}

/** A stand-in (a `<div>`, or a `<span>` for an inline element) for one of our elements around lecture content (see holdElement). */
function heldShell(file: VFile, tagName: string, hProperties: Properties, children: RootContent[]) {
  const standIn = tagName === 'label' ? 'span' : 'div';
  return blockElement(standIn, { ...hProperties, dataHeldElement: holdElement(file, { tagName, properties: {} }) }, children);
}

/** A stand-in for elements of ours with no lecture content in them (inputs, the Check button), shown in the notes only. */
function heldControls(file: VFile, className: string, elements: Element[]) {
  return blockElement('span', { className: [className, 'notes-only'], dataPagefindIgnore: '', dataHeld: holdContent(file, elements) }, []);
}

/** Which question this is to the reader's browser: its text, so saved answers never land on another question. */
function storageId(parts: QuizParts): string {
  const text = JSON.stringify([toString(parts.prompt), ...parts.options.map((option) => toString({ type: 'paragraph', children: option.text }))]);
  return createHash('sha256').update(text).digest('hex').slice(0, 16);
}

/**
 * Shape a question (read by readQuiz) in place into one tree for both views.
 * The notes get a form (held past the HTML policy, with its handlers): a
 * fieldset whose legend is the prompt, a radio button (one right answer) or
 * checkbox (several) in each option's label, a Check button and a live
 * region for the verdict, where the explanation shows once answered. The
 * deck gets the prompt and options, and one fragment step that marks the
 * right options and shows the explanation (quiz.css). Which options are
 * right is in no text before then: the notes' form carries it as data, the
 * deck's marks are slides-only, and neither is indexed for search.
 */
export function shapeQuiz(node: ContainerDirective, parts: QuizParts, number: number, file: VFile): void {
  const kind = parts.options.filter((option) => option.right).length > 1 ? 'multiple' : 'single';
  const name = `quiz-${number}`;
  const options = parts.options.map((option, index) => {
    const input: Element = { type: 'element', tagName: 'input', properties: { type: kind === 'single' ? 'radio' : 'checkbox', name, value: String(index + 1), onFocus: USE_QUIZ }, children: [] };
    const mark = option.right ? [textSpan('right answer', { className: ['quiz-mark', 'slides-only'], dataPagefindIgnore: '' })] : [];
    return blockElement('li', { className: ['quiz-option'] }, [heldShell(file, 'label', { className: ['quiz-choice'] }, [
      heldControls(file, 'quiz-control', [input]),
      spanParagraph(['quiz-option-text'], [...option.text, ...mark]),
      blockElement('span', { className: ['quiz-verdict', 'notes-only'] }, []),
    ])]);
  });
  const check: Element = { type: 'element', tagName: 'button', properties: { type: 'submit', className: ['quiz-check'], onFocus: USE_QUIZ }, children: [{ type: 'text', value: 'Check' }] };
  if (parts.explanation) {
    parts.explanation.data = { ...parts.explanation.data, hName: 'div', hProperties: { className: ['quiz-explanation'], dataPagefindIgnore: '' } };
  }
  const legend = heldShell(file, 'legend', { className: ['quiz-prompt'] }, [
    spanParagraph(['quiz-prompt-text'], [textSpan(`Question ${number}`, { className: ['quiz-number'] }), { type: 'text', value: ' ' }, ...parts.prompt.children]),
  ]);
  node.children = [heldShell(file, 'fieldset', { className: ['quiz-fieldset'] }, [
    legend,
    ...parts.promptMore,
    blockElement(parts.list.ordered ? 'ol' : 'ul', { className: ['quiz-options'] }, options),
    heldControls(file, 'quiz-actions', [check]),
    blockElement('div', { className: ['quiz-feedback'], role: 'status' }, [
      blockElement('p', { className: ['quiz-result', 'notes-only'] }, []),
      ...(parts.explanation ? [parts.explanation] : []),
    ]),
    blockElement('span', { className: ['quiz-step', 'fragment', 'slides-only'], ariaHidden: 'true' }, []),
  ])];
  const key = parts.options.flatMap((option, index) => (option.right ? [String(index + 1)] : [])).join(' ');
  node.data = {
    ...node.data,
    hName: 'div',
    hProperties: {
      className: ['quiz', `quiz-${kind}`],
      dataHeldElement: holdElement(file, { tagName: 'form', properties: { dataQuizKey: key, dataQuizId: storageId(parts), onSubmit: CHECK_QUIZ, onMouseEnter: USE_QUIZ } }),
    },
  };
}
