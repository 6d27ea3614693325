import { findNodeAtLocation, getNodeValue, parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';

/** A place in a text file, counted from 1. */
export interface TextPosition {
  line: number;
  column: number;
}

/** A JSON file parsed with the positions of its values, so errors can point into it. */
export interface JsonText {
  value: unknown;
  /** Where the value at `path` (keys and indices) starts; the nearest existing parent when it is missing. */
  positionOf(path: ReadonlyArray<string | number>): TextPosition;
  /** Where a character offset is. */
  positionAt(offset: number): TextPosition;
}

/** Where a JSON file is not JSON. */
export interface JsonSyntaxProblem extends TextPosition {
  reason: string;
}

/** `CommaExpected` → `comma expected`. */
function describe(error: ParseError): string {
  return printParseErrorCode(error.error)
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase();
}

/** Parse strict JSON (no comments, no trailing commas), keeping where each value is. */
export function parseJsonText(text: string): JsonText | JsonSyntaxProblem {
  const lineStarts = [0];
  for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1)) lineStarts.push(index + 1);
  const positionAt = (offset: number): TextPosition => {
    // Binary search for the last line start at or before the offset (notebooks ask for every source line).
    let [low, high] = [0, lineStarts.length - 1];
    while (low < high) {
      const middle = Math.ceil((low + high) / 2);
      if ((lineStarts[middle] ?? 0) <= offset) low = middle;
      else high = middle - 1;
    }
    return { line: low + 1, column: offset - (lineStarts[low] ?? 0) + 1 };
  };

  const errors: ParseError[] = [];
  const tree = parseTree(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  const [first] = errors;
  if (first || !tree) {
    return { ...positionAt(first?.offset ?? 0), reason: first ? describe(first) : 'the file is empty' };
  }
  const positionOf = (path: ReadonlyArray<string | number>): TextPosition => {
    for (let length = path.length; length >= 0; length--) {
      const node: Node | undefined = findNodeAtLocation(tree, path.slice(0, length));
      if (node) return positionAt(node.offset);
    }
    return positionAt(0);
  };
  return { value: getNodeValue(tree), positionOf, positionAt };
}

/** Whether `parseJsonText` found the text not to be JSON. */
export function isJsonSyntaxProblem(result: JsonText | JsonSyntaxProblem): result is JsonSyntaxProblem {
  return 'reason' in result;
}
