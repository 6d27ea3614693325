import { diagramLine } from './mermaid-lines.ts';

/** A problem with one diagram, located in the lecture file. */
export interface DiagramError {
  /** Line in the lecture file. */
  line: number;
  /** Stable rule id. */
  ruleId: 'diagram-syntax' | 'diagram-alt' | 'diagram-not-drawn';
  /** What is wrong. */
  message: string;
  /** What to write instead. */
  fix: string;
}

const SYNTAX_HELP = 'correct the diagram; the syntax of each diagram type is at https://mermaid.js.org/intro/syntax-reference.html';
// Mermaid's grammars say "Parse error on line N:", "Lexical error on line N." or, for the newer ones, "… on line N, column C: …".
const LINE = /\bon line (\d+)\b/;
const JISON = /^(?:Parse|Lexical) error on line \d+[:.]\s*(?:Unrecognized text\.)?\n?([\s\S]*)$/;

/** Jison's report: a "...context" line, a "----^" pointer, then "Expecting …, got …". */
function jisonMessage(detail: string): string {
  const [context = '', , expected = ''] = detail.split('\n');
  const near = context.replace(/^\.\.\./, '…').trim();
  const what = expected.trim() || 'unexpected text';
  return near ? `${what}, after “${near}”` : what;
}

function reasonText(reason: unknown): string {
  if (reason && typeof reason === 'object' && 'message' in reason) return String(reason.message);
  return String(reason);
}

/**
 * Turn Mermaid's rejection of a diagram into an error at a line of the
 * lecture: `fenceLine` is the line of the opening fence, so the diagram's
 * line N is `fenceLine + N`. Only Mermaid's own words are kept, never a stack.
 */
export function diagramSyntaxError(code: string, fenceLine: number, reason: unknown): DiagramError {
  const text = reasonText(reason).trim();
  const lineMatch = LINE.exec(text);
  const line = fenceLine + diagramLine(code, lineMatch ? Number(lineMatch[1]) : 1);
  if (/^No diagram type detected/.test(text)) {
    return {
      line,
      ruleId: 'diagram-syntax',
      message: 'Mermaid does not recognise the diagram type',
      fix: 'start the diagram with its type, e.g. `flowchart LR`, `sequenceDiagram`, `timeline` or `mindmap`',
    };
  }
  const jison = JISON.exec(text);
  const detail = jison ? jisonMessage(jison[1] ?? '') : text.replace(/^Parsing failed:\s*/, '').split('\n')[0]!;
  return { line, ruleId: 'diagram-syntax', message: `Mermaid cannot read this diagram: ${detail}`, fix: SYNTAX_HELP };
}

/** The error for a diagram with no text alternative, at its fence. */
export function missingAltError(fenceLine: number): DiagramError {
  return {
    line: fenceLine,
    ruleId: 'diagram-alt',
    message: 'Diagram has no text alternative for readers who cannot see it',
    fix: 'describe it on the fence: ```{mermaid alt="What the diagram shows"}, or give it an accTitle: line',
  };
}

/**
 * The error for a diagram no drawing is stored for when there is no Chromium to draw it (`why`
 * says what was looked for), at its fence.
 */
export function notDrawnError(fenceLine: number, why: string): DiagramError {
  return {
    line: fenceLine,
    ruleId: 'diagram-not-drawn',
    message: `This diagram has no stored drawing and cannot be drawn here: ${why}`,
    fix: 'install Chromium (Debian/Ubuntu: `apt-get install -y chromium`) or set CHROME_PATH, build again, and commit the drawings it stores in the course folder (_freeze/diagrams/)',
  };
}
