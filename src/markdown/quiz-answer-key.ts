import type { Element, ElementContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toHtml } from 'hast-util-to-html';
import { toString } from 'hast-util-to-string';
import { h } from 'hastscript';
import { visit } from 'unist-util-visit';
import { hasClass } from './hast-class.ts';

/** Questions on one answer-key slide of the deck. */
const PER_SLIDE = 3;

/** A copy of rendered content for the key, without the ids its original carries (a page holds each id once) or a slide's marks. */
function copyOf(nodes: ElementContent[]): ElementContent[] {
  const copy = structuredClone(nodes).filter((node) => !(node.type === 'element' && hasClass(node, 'quiz-mark')));
  for (const node of copy) {
    visit(node, 'element', (element) => {
      delete element.properties.id;
    });
  }
  return copy;
}

/** One question's entry: its number and prompt, its right option(s), its explanation. */
function entryOf(quiz: Element): Element {
  const prompt = select('legend .quiz-prompt-text', quiz);
  const number = toString(select('.quiz-number', quiz) ?? { type: 'root', children: [] });
  const right = new Set(String(quiz.properties.dataQuizKey ?? '').split(' '));
  // The key numbers the options from 1 in their order (the notes' inputs have these values; the deck has no inputs).
  const answers = selectAll('.quiz-option', quiz)
    .filter((_, index) => right.has(String(index + 1)))
    .map((option) => copyOf(select('.quiz-option-text', option)?.children ?? []));
  const promptText = copyOf(prompt?.children ?? []).filter((node) => !(node.type === 'element' && hasClass(node, 'quiz-number')));
  return h('li.quiz-answer', [
    h('p', [h('strong', `${number}:`), ...promptText]),
    h('p', [h('em', answers.length > 1 ? 'Answers:' : 'Answer:'), ' ', ...answers.flatMap((answer, index) => (index > 0 ? [{ type: 'text' as const, value: '; ' }, ...answer] : answer))]),
    ...copyOf(select('.quiz-explanation', quiz)?.children ?? []),
  ]);
}

/** The key's entries, one per question of a view's HTML, in order (none when it asks no question). */
function entriesOf(html: string): Element[] {
  if (!html.includes('class="quiz ')) return [];
  return selectAll('div.quiz[data-quiz-key]', fromHtml(html, { fragment: true })).map(entryOf);
}

/**
 * The answer key of a lecture, for the end of its notes page, from the
 * questions in its notes HTML: each question by its number and prompt, its
 * right option(s) and its explanation. Printed only (quiz.css), and kept
 * out of the search index. Empty when the notes ask no question.
 */
export function answerKeySection(notesHtml: string): string {
  const entries = entriesOf(notesHtml);
  if (entries.length === 0) return '';
  return toHtml(h('section.quiz-answer-key', { dataPagefindIgnore: '' }, [h('h2', 'Answer key'), h('ol.quiz-answer-list', entries)]));
}

/**
 * The deck's answer-key slides, from the questions in its slides' HTML, for
 * the end of the deck (and so of the slides PDF and the handout): a few
 * questions a slide (`answer-key`, `answer-key-2`, …), as the References
 * slides are. Empty when the deck asks no question.
 */
export function answerKeySlides(deckHtml: string): string {
  const entries = entriesOf(deckHtml);
  const pages = Math.ceil(entries.length / PER_SLIDE);
  return toHtml(Array.from({ length: pages }, (_, index) => {
    const title = pages > 1 ? `Answer key (${index + 1}/${pages})` : 'Answer key';
    return h('section.slide.quiz-answer-key-slide', {
      id: index === 0 ? 'answer-key' : `answer-key-${index + 1}`, dataGenerated: 'answer-key', ariaLabel: title, ariaRoledescription: 'slide',
    }, [h('h2', title), h('ol.quiz-answer-list', entries.slice(index * PER_SLIDE, (index + 1) * PER_SLIDE))]);
  }));
}
