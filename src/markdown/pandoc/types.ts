import type { Literal, Node } from 'mdast';

/** Pandoc attributes `{#id .class key=value}`, as written (no meaning given to any of them). */
export interface Attributes {
  id?: string;
  classes: string[];
  values: Record<string, string>;
}

/** How a `containerDirective` was fenced. */
export interface DivFence {
  /** Length of the opening fence (colons, or backticks/tildes for a MyST code-fence directive). */
  colons: number;
  /** `:::name[Label]{…}` (ours), `::: {.name}` / `::: name` (Pandoc), `:::{name}` / ```` ```{name} ```` (MyST). */
  form: 'directive' | 'pandoc' | 'myst';
  /** The fence character: `:` for fenced divs. */
  marker: ':' | '`' | '~';
}

/** A MyST role: `` {eq}`label` `` → `{ name: 'eq', value: 'label' }`. */
export interface Role extends Literal {
  type: 'role';
  name: string;
}

/** A Quarto shortcode: `{{< video src.mp4 title="Intro" >}}`. */
export interface Shortcode extends Node {
  type: 'shortcode';
  name: string;
  /** Positional arguments, unquoted. */
  args: string[];
  /** Named arguments (`key=value`, `key="two words"`), unquoted. */
  kwargs: Record<string, string>;
}

/** What a Quarto cell or Pandoc code block says about itself beyond its language. */
interface CodeSyntaxData {
  /** `{.python #id key=value}` (or the options after `{python …}`). */
  attributes?: Attributes;
  /** A Quarto cell: ```` ```{python} ````, `{r}`, `{julia}`, `{ojs}`, `{mermaid}`, `{dot}`. */
  executable?: boolean;
  /** The cell's leading `#| key: value` lines, read as YAML (removed from `value`). */
  cellOptions?: Record<string, unknown>;
  /** How many `#|` lines were removed from the top of `value`. */
  cellOptionLines?: number;
  /** A braced name that is neither a cell language nor a MyST directive this layer reads. */
  mystDirective?: string;
  /** Pandoc raw block ```` ```{=html} ````: the format named. */
  rawFormat?: string;
}

declare module 'mdast' {
  interface PhrasingContentMap {
    role: Role;
    shortcode: Shortcode;
  }
  interface RootContentMap {
    role: Role;
    shortcode: Shortcode;
  }
  interface HeadingData {
    attributes?: Attributes;
  }
  interface ParagraphData {
    /** Trailing `{#tbl-x}` of a paragraph (Quarto writes table captions as `: Caption {#tbl-x}`). */
    attributes?: Attributes;
  }
  interface ImageData {
    attributes?: Attributes;
  }
  interface ImageReferenceData {
    attributes?: Attributes;
  }
  interface LinkData {
    attributes?: Attributes;
  }
  interface LinkReferenceData {
    attributes?: Attributes;
  }
  interface InlineCodeData {
    attributes?: Attributes;
  }
  interface CodeData extends CodeSyntaxData {}
}

declare module 'mdast-util-math' {
  interface MathData {
    /** `$$ … $$ {#eq-x}` or MyST `:label: eq-x`. */
    attributes?: Attributes;
  }
  interface InlineMathData {
    attributes?: Attributes;
  }
}

declare module 'mdast-util-directive' {
  interface ContainerDirectiveData {
    fence?: DivFence;
  }
}
