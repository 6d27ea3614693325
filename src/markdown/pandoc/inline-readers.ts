/** A MyST role read from the start of a text: `` {eq}`label` ``. */
export interface RoleMatch {
  name: string;
  value: string;
  /** Characters the role spans. */
  length: number;
}

/** A Quarto shortcode read from the start of a text. */
export type ShortcodeMatch =
  | { escaped: false; name: string; args: string[]; kwargs: Record<string, string>; length: number }
  | { escaped: true; /** The text it stands for: `{{< x >}}` for `{{{< x >}}}`. */ literal: string; length: number };

/** Whether a short prefix may still grow into a role's opening `{name}``. */
export function mayStartRole(prefix: string): boolean {
  return /^\{(?:[A-Za-z][\w:+.-]*(?:\}`*)?)?$/.test(prefix) || /^\{[A-Za-z][\w:+.-]*\}`/.test(prefix);
}

/** Whether a short prefix may still grow into a shortcode's opening `{{<` (or the escaped `{{{<`). */
export function mayStartShortcode(prefix: string): boolean {
  return prefix.length < 4 ? '{{<'.startsWith(prefix) || '{{{<'.startsWith(prefix) : /^\{\{\{?</.test(prefix);
}

/**
 * Read a MyST role at the start of `text`: `{name}` directly followed by a
 * code span (the closing backticks as many as the opening ones). The value
 * is trimmed of one space on each side when both have one, as code spans are.
 */
export function readRole(text: string): RoleMatch | undefined {
  const open = /^\{([A-Za-z][\w:+.-]*)\}(`+)/.exec(text);
  if (!open) return undefined;
  const ticks = open[2]!;
  const runs = /`+/g;
  runs.lastIndex = open[0].length;
  for (let run = runs.exec(text); run; run = runs.exec(text)) {
    if (run[0].length !== ticks.length) continue;
    let value = text.slice(open[0].length, run.index);
    if (/^ .*[^ ].* $/s.test(value)) value = value.slice(1, -1);
    return { name: open[1]!, value, length: run.index + ticks.length };
  }
  return undefined;
}

/** Split shortcode arguments (between the name and `>}}`): quoted, `key=value`, or bare words. */
function splitArguments(text: string): { args: string[]; kwargs: Record<string, string> } | undefined {
  const args: string[] = [];
  const kwargs: Record<string, string> = {};
  const token = /\s*(?:([\w-]+)=)?(?:"((?:[^"\\]|\\.)*)"|'((?:[^'\\]|\\.)*)'|([^\s"']+))/gy;
  let index = 0;
  while (index < text.trimEnd().length) {
    token.lastIndex = index;
    const match = token.exec(text);
    if (!match) return undefined;
    const quoted = match[2] ?? match[3];
    const value = quoted === undefined ? match[4]! : quoted.replace(/\\(.)/g, '$1');
    if (match[1] !== undefined) kwargs[match[1]] = value;
    else args.push(value);
    index = token.lastIndex;
  }
  return { args, kwargs };
}

/**
 * Read a Quarto shortcode at the start of `text`: `{{< name arg "quoted arg"
 * key=value >}}`, or Quarto's escape `{{{< name >}}}`, which stands for the
 * literal text `{{< name >}}`.
 */
export function readShortcode(text: string): ShortcodeMatch | undefined {
  const escaped = /^\{\{\{<.*?>\}\}\}/.exec(text);
  if (escaped) return { escaped: true, literal: escaped[0].slice(1, -1), length: escaped[0].length };
  const open = /^\{\{<\s*([\w-]+)(?=\s|>)/.exec(text);
  if (!open) return undefined;
  let inQuote: string | undefined;
  for (let index = open[0].length; index < text.length; index++) {
    const char = text[index]!;
    if (inQuote) {
      if (char === '\\') index += 1;
      else if (char === inQuote) inQuote = undefined;
    } else if (char === '"' || char === "'") inQuote = char;
    else if (text.startsWith('>}}', index)) {
      const parsed = splitArguments(text.slice(open[0].length, index));
      return parsed && { escaped: false, name: open[1]!, ...parsed, length: index + 3 };
    }
  }
  return undefined;
}
