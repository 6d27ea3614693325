import type { Diagnostic } from '../model/diagnostic.ts';

/**
 * Most `*` and `_` one paragraph may hold. Resolving emphasis is quadratic in
 * the number of markers in a paragraph (micromark splices its event list for
 * each pair): 40,000 markers take seconds and gigabytes. No paragraph a
 * person reads comes near this.
 */
const MAX_EMPHASIS_MARKERS = 2000;

/**
 * Paragraphs the Markdown parser would take too long over, found by reading
 * the text (outside code fences) before it is parsed: an error at the
 * paragraph's first line, and the lecture is not parsed.
 */
export function checkParagraphSizes(path: string, body: string): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  let fence: string | undefined;
  let start = 0;
  let markers = 0;
  const close = () => {
    if (markers > MAX_EMPHASIS_MARKERS) {
      diagnostics.push({ path, line: start, column: 1, severity: 'error', ruleId: 'paragraph-too-long',
        reason: `This paragraph has ${markers} emphasis markers (* and _), more than ${MAX_EMPHASIS_MARKERS}`,
        fix: 'split it into paragraphs (a blank line between them), or put the text in a code block' });
    }
    markers = 0;
  };
  body.split('\n').forEach((line, index) => {
    const opening = /^\s{0,3}(`{3,}|~{3,})/.exec(line)?.[1];
    if (fence) {
      if (opening?.startsWith(fence)) fence = undefined;
      return;
    }
    if (opening) {
      close();
      fence = opening;
    } else if (line.trim() === '') close();
    else {
      if (markers === 0) start = index + 1;
      markers += line.split(/[*_]/).length - 1;
    }
  });
  close();
  return diagnostics;
}
