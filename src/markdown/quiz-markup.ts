import { createHash } from 'node:crypto';
import type { Element, Properties } from 'hast';
import type { Paragraph, PhrasingContent } from 'mdast';
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

/** The properties of the stand-in for an element of ours around lecture content, held with its own (see holdElement). */
function heldShell(file: VFile, tagName: string, hProperties: Properties, properties: Properties = {}): Properties {
  return { ...hProperties, dataHeldElement: holdElement(file, { tagName, properties }) };
}

/** A stand-in for elements of ours with no lecture content in them (the form, inputs, the Check button), shown in the notes only. */
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
 * `<form>` itself stays empty and owns the controls by their `form`
 * attribute, since Pagefind leaves a form's content out of the index. The
 * deck gets the prompt and options, and one fragment step that marks the
 * right options and shows the explanation (quiz.css). Which options are
 * right is in no text before then: the notes carry it as data, the deck's
 * marks are slides-only, and neither is indexed for search.
 */
export function shapeQuiz(node: ContainerDirective, parts: QuizParts, number: number, file: VFile): void {
  const kind = parts.options.filter((option) => option.right).length > 1 ? 'multiple' : 'single';
  // Not an id a heading could be given ("Quiz 1" is a slide's `quiz-1`).
  const form = `quiz-${number}-form`;
  const options = parts.options.map((option, index) => {
    const type = kind === 'single' ? 'radio' : 'checkbox';
    const input: Element = { type: 'element', tagName: 'input', properties: { type, name: `quiz-${number}`, value: String(index + 1), form, onFocus: USE_QUIZ }, children: [] };
    const mark = option.right ? [textSpan('right answer', { className: ['quiz-mark', 'slides-only'], dataPagefindIgnore: '' })] : [];
    return blockElement('li', { className: ['quiz-option'] }, [blockElement('span', heldShell(file, 'label', { className: ['quiz-choice'] }), [
      heldControls(file, 'quiz-control', [input]),
      spanParagraph(['quiz-option-text'], [...option.text, ...mark]),
      blockElement('span', { className: ['quiz-verdict', 'notes-only'] }, []),
    ])]);
  });
  const check: Element = { type: 'element', tagName: 'button', properties: { type: 'submit', form, className: ['quiz-check'], onFocus: USE_QUIZ }, children: [{ type: 'text', value: 'Check' }] };
  if (parts.explanation) {
    parts.explanation.data = { ...parts.explanation.data, hName: 'div', hProperties: { className: ['quiz-explanation'], dataPagefindIgnore: '' } };
  }
  const legend = blockElement('div', heldShell(file, 'legend', { className: ['quiz-prompt'] }), [
    spanParagraph(['quiz-prompt-text'], [textSpan(`Question ${number}`, { className: ['quiz-number'] }), { type: 'text', value: ' ' }, ...parts.prompt.children]),
    // Square boxes alone do not tell every reader that more than one answer may be right (the space: for the legend's text).
    ...(kind === 'multiple' ? [spanParagraph(['quiz-hint'], [{ type: 'text', value: ' Choose all that apply.' }])] : []),
  ]);
  node.children = [
    heldControls(file, 'quiz-form', [{ type: 'element', tagName: 'form', properties: { id: form, onSubmit: CHECK_QUIZ }, children: [] }]),
    blockElement('div', heldShell(file, 'fieldset', { className: ['quiz-fieldset'] }), [
      legend,
      ...parts.promptMore,
      blockElement(parts.list.ordered ? 'ol' : 'ul', { className: ['quiz-options'] }, options),
      heldControls(file, 'quiz-actions', [check]),
      blockElement('div', { className: ['quiz-feedback'], role: 'status' }, [
        blockElement('p', { className: ['quiz-result', 'notes-only'] }, []),
        ...(parts.explanation ? [parts.explanation] : []),
      ]),
      blockElement('span', { className: ['quiz-step', 'fragment', 'slides-only'], ariaHidden: 'true' }, []),
    ]),
  ];
  const key = parts.options.flatMap((option, index) => (option.right ? [String(index + 1)] : [])).join(' ');
  node.data = {
    ...node.data,
    hName: 'div',
    hProperties: heldShell(file, 'div', { className: ['quiz', `quiz-${kind}`] }, { dataQuizKey: key, dataQuizId: storageId(parts), onMouseEnter: USE_QUIZ }),
  };
}
