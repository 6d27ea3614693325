import { z } from 'zod';

/**
 * Cell outputs in the shape of nbformat 4, in memory (multi-line text joined into one string) and on
 * disk (text split into lines, as nbformat writes it, so a freeze file or notebook diffs line by line).
 */

/** nbformat's JSON mime types are kept as JSON, never split into lines. */
function isJsonMime(mime: string): boolean {
  return mime === 'application/json' || (mime.startsWith('application/') && mime.endsWith('+json'));
}

/** Mime types nbformat splits into lines on disk: text, SVG and JavaScript. */
function isSplitMime(mime: string): boolean {
  return mime.startsWith('text/') || mime === 'image/svg+xml' || mime === 'application/javascript';
}

/** A multi-line string as nbformat stores it: one string, or a list of lines joined with ''. */
export const multilineText = z.union([z.string(), z.array(z.string())]).transform((text) => (typeof text === 'string' ? text : text.join('')));

/** Mime type → content; lists of lines (non-JSON types) are joined. */
const mimeBundle = z
  .record(z.string(), z.unknown())
  .transform((bundle) =>
    Object.fromEntries(
      Object.entries(bundle).map(([mime, value]) => [
        mime,
        !isJsonMime(mime) && Array.isArray(value) && value.every((line) => typeof line === 'string') ? value.join('') : value,
      ]),
    ),
  );

const metadata = z.record(z.string(), z.unknown());

/** One output as stored in a notebook or freeze file, read into its in-memory form. */
export const cellOutputSchema = z.discriminatedUnion('output_type', [
  z.object({ output_type: z.literal('stream'), name: z.enum(['stdout', 'stderr']), text: multilineText }),
  z.object({
    output_type: z.literal('execute_result'),
    execution_count: z.number().int().nullable(),
    data: mimeBundle,
    metadata,
  }),
  z.object({ output_type: z.literal('display_data'), data: mimeBundle, metadata }),
  z.object({ output_type: z.literal('error'), ename: z.string(), evalue: z.string(), traceback: z.array(z.string()) }),
]);

/** One cell output (nbformat 4), multi-line text as one string. */
export type CellOutput = z.output<typeof cellOutputSchema>;
/** A `stream` output: what the cell printed to stdout or stderr. */
export type StreamOutput = Extract<CellOutput, { output_type: 'stream' }>;
/** An `error` output: the exception a cell raised. */
export type ErrorOutput = Extract<CellOutput, { output_type: 'error' }>;
/** A rich output: `execute_result` (the cell's value) or `display_data`. */
export type RichOutput = Extract<CellOutput, { output_type: 'execute_result' | 'display_data' }>;

/** Lines of a text, each keeping its `\n`, as Python's `splitlines(True)` gives for `\n` line ends. */
function splitLines(text: string): string[] {
  return text === '' ? [] : text.split(/(?<=\n)/);
}

/** An output as nbformat writes it to disk: multi-line text split into lines. */
export function toStoredOutput(output: CellOutput): unknown {
  switch (output.output_type) {
    case 'stream':
      return { ...output, text: splitLines(output.text) };
    case 'error':
      return output;
    default:
      return {
        ...output,
        data: Object.fromEntries(
          Object.entries(output.data).map(([mime, value]) => [
            mime,
            typeof value === 'string' && isSplitMime(mime) ? splitLines(value) : value,
          ]),
        ),
      };
  }
}
