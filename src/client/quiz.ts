/**
 * The self-check questions of a notes page (made by
 * src/markdown/quiz-markup.ts). Loaded on the reader's first use of one
 * (src/model/inline-handlers.ts): it brings back the answers this browser
 * saved for the page, then checks an answer whenever a question's form asks
 * (`quiz-check`), marking each option, saying the verdict in the question's
 * live region, where the explanation then shows, and saving the answer.
 */

/** What an option turned out to be, once checked. */
type Verdict = 'right' | 'wrong' | 'missed';

/** The words each verdict adds to its option (and so to its accessible name). */
const VERDICT_TEXT: Record<Verdict, string> = { right: 'right', wrong: 'wrong', missed: 'right, not chosen' };

/** Where the answer to a question is kept: per page and question (the question's id follows its text). */
const storageKey = (quiz: HTMLElement) => `quiz:${location.pathname}#${quiz.dataset.quizId ?? ''}`;

const inputsOf = (quiz: HTMLElement) => [...quiz.querySelectorAll<HTMLInputElement>('.quiz-control input')];

const optionText = (input: HTMLInputElement) => input.closest('.quiz-choice')?.querySelector('.quiz-option-text')?.textContent?.trim() ?? '';

/** The values of the right options (`data-quiz-key`). */
const rightValues = (quiz: HTMLElement) => new Set((quiz.dataset.quizKey ?? '').split(' '));

/** Put a sentence in the question's live region; emptied first, so the same words are said again. */
function announce(quiz: HTMLElement, text: string): void {
  const result = quiz.querySelector<HTMLElement>('.quiz-result');
  if (!result) return;
  result.textContent = '';
  requestAnimationFrame(() => { result.textContent = text; });
}

/** The verdict as a sentence: right, or what was wrong. */
function summary(inputs: HTMLInputElement[], right: Set<string>): string {
  const chosen = inputs.filter((input) => input.checked);
  const hits = chosen.filter((input) => right.has(input.value)).length;
  const misses = chosen.length - hits;
  if (hits === right.size && misses === 0) return right.size > 1 ? `Right: all ${right.size} right answers.` : 'Right.';
  const answer = inputs.find((input) => right.has(input.value));
  if (right.size === 1 && answer) return `Not right: the answer is ${optionText(answer)}.`;
  return `Not quite: ${hits} of ${right.size} right answers chosen${misses > 0 ? `, and ${misses} wrong` : ''}.`;
}

/** Mark every option with its verdict (or clear the marks: `undefined`). */
function mark(inputs: HTMLInputElement[], right: Set<string> | undefined): void {
  for (const input of inputs) {
    const option = input.closest<HTMLElement>('.quiz-option');
    const isRight = right?.has(input.value) ?? false;
    const verdict: Verdict | undefined = !right ? undefined : input.checked ? (isRight ? 'right' : 'wrong') : isRight ? 'missed' : undefined;
    if (option) option.dataset.verdict = verdict ?? '';
    const text = option?.querySelector('.quiz-verdict');
    if (text) text.textContent = verdict ? VERDICT_TEXT[verdict] : '';
  }
}

/** Check the chosen answer: marks, verdict, explanation. False when nothing is chosen yet. */
function check(quiz: HTMLElement, restored: boolean): boolean {
  const inputs = inputsOf(quiz);
  if (!inputs.some((input) => input.checked)) {
    announce(quiz, 'Choose an answer first.');
    return false;
  }
  const right = rightValues(quiz);
  mark(inputs, right);
  quiz.classList.add('quiz-checked');
  announce(quiz, `${restored ? 'Your saved answer: ' : ''}${summary(inputs, right)}`);
  return true;
}

/** A changed answer is not checked yet: its marks, verdict and explanation go until Check is pressed again. */
function uncheck(quiz: HTMLElement): void {
  if (!quiz.classList.contains('quiz-checked')) return;
  quiz.classList.remove('quiz-checked');
  mark(inputsOf(quiz), undefined);
  announce(quiz, '');
}

function save(quiz: HTMLElement): void {
  const chosen = inputsOf(quiz).filter((input) => input.checked).map((input) => input.value);
  try {
    localStorage.setItem(storageKey(quiz), JSON.stringify(chosen));
  } catch {
    // Storage may be off or full: the answer is still checked, only not kept.
  }
}

/** The answer saved for this question, checked again, unless the reader has started answering it since the page loaded. */
function restore(quiz: HTMLElement): void {
  const inputs = inputsOf(quiz);
  if (inputs.some((input) => input.checked !== input.defaultChecked)) return;
  let saved: unknown;
  try {
    saved = JSON.parse(localStorage.getItem(storageKey(quiz)) ?? 'null');
  } catch {
    return;
  }
  if (!Array.isArray(saved) || saved.length === 0) return;
  for (const input of inputs) input.checked = saved.includes(input.value);
  check(quiz, true);
}

for (const quiz of document.querySelectorAll<HTMLElement>('.quiz')) {
  restore(quiz);
  // Its form (which owns its controls) asks for a check; the event does not bubble.
  quiz.querySelector('form')?.addEventListener('quiz-check', () => {
    if (check(quiz, false)) save(quiz);
  });
  quiz.addEventListener('change', () => uncheck(quiz));
}
