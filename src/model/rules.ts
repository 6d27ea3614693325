/** One rule of the content checks: how a problem it finds counts, and what it catches. */
export interface Rule {
  /** An error stops the build; a warning is printed (and fails `--strict`). */
  severity: 'error' | 'warning';
  /** What it catches, in a lecturer's terms. */
  catches: string;
}

/**
 * Every rule id a diagnostic can carry, in one table: README's "Checking content" lists exactly
 * these, and a test holds every id the code can report to it (tests/unit/rules.test.ts).
 */
export const RULES = {
  // The lecture file and its frontmatter.
  'file-name': { severity: 'error', catches: 'a lecture file not named NN-slug.md (.qmd, .ipynb), or a folder named like a lecture' },
  'encoding': { severity: 'error', catches: 'a lecture or .bib file that is not UTF-8' },
  'lecture-too-large': { severity: 'error', catches: 'a lecture over 512 KB (a notebook: 8 MB)' },
  'paragraph-too-long': { severity: 'error', catches: 'a paragraph with more than 2,000 emphasis markers (parsing those takes quadratic time)' },
  'notebook-invalid': { severity: 'error', catches: 'a notebook that is not valid JSON or not nbformat 4' },
  'frontmatter-missing': { severity: 'error', catches: 'a lecture without frontmatter' },
  'frontmatter-yaml': { severity: 'error', catches: 'frontmatter that is not valid YAML' },
  'frontmatter-unknown-key': { severity: 'error', catches: 'a frontmatter key the schema does not have' },
  'frontmatter-missing-key': { severity: 'error', catches: 'a required frontmatter key left out' },
  'frontmatter-invalid': { severity: 'error', catches: 'a frontmatter value of the wrong type, or a date that does not exist' },
  // The course's own files.
  'course-missing': { severity: 'error', catches: 'no course.yaml' },
  'course-yaml': { severity: 'error', catches: 'course.yaml that is not valid YAML' },
  'course-unknown-key': { severity: 'error', catches: 'a course.yaml key the schema does not have' },
  'course-missing-key': { severity: 'error', catches: 'a required course.yaml key left out' },
  'course-invalid': { severity: 'error', catches: 'a course.yaml value of the wrong type, or a theme or stylesheet that does not exist' },
  'duplicate-number': { severity: 'error', catches: 'two lectures with one number' },
  'duplicate-slug': { severity: 'error', catches: 'two lectures with one name' },
  'freeze-invalid': { severity: 'error', catches: 'a freeze file that is not valid JSON or not in its format' },
  'lectures-missing': { severity: 'error', catches: 'a course folder without a lectures/ folder' },
  // Markdown and the Pandoc, Quarto and MyST syntax.
  'unclosed-fence': { severity: 'error', catches: 'a code fence that swallows the rest of the file' },
  'unclosed-directive': { severity: 'error', catches: 'a ::: block that swallows the rest of the file' },
  'unmatched-fence': { severity: 'error', catches: 'a ::: that closes nothing' },
  'unknown-directive': { severity: 'error', catches: 'a misspelt :::name, ::name or ::: {.class}, or a MyST directive that is not read' },
  'attribute-syntax': { severity: 'error', catches: 'a {…} attribute block that cannot be read' },
  'unknown-attribute': { severity: 'error', catches: 'an attribute no block, span, heading or code block reads' },
  'attribute-value': { severity: 'error', catches: 'an attribute value it cannot take (a fragment effect, an .absolute length, a layout)' },
  'unknown-shortcode': { severity: 'error', catches: 'a Quarto shortcode not read here' },
  'shortcode-argument': { severity: 'error', catches: 'a shortcode argument that cannot be used' },
  'unknown-role': { severity: 'error', catches: 'a MyST role not read here' },
  'panel-tabset': { severity: 'error', catches: 'a tabset without tabs' },
  'syntax-leak': { severity: 'error', catches: 'Markdown or Pandoc syntax left in the visible text of a slide or the notes' },
  'markdown': { severity: 'warning', catches: 'a problem a library plugin of the pipeline reported without a rule of its own' },
  'site-made-directive': { severity: 'warning', catches: 'a MyST {tableofcontents} or {bibliography}, left out: the site makes its own' },
  'inline-style': { severity: 'error', catches: 'a style="…" that does not parse, sets a property outside the allowlist, or loads something other than a file of the site' },
  // Maths and cross-references.
  'math-error': { severity: 'error', catches: 'TeX that KaTeX cannot render' },
  'math-untrusted': { severity: 'error', catches: '\\href, \\url, \\includegraphics, \\htmlClass … in maths' },
  'unclosed-math': { severity: 'error', catches: 'a $$ never closed' },
  'equation-unknown-label': { severity: 'error', catches: '\\eqref{…} to a label no equation of the lecture has' },
  'crossref-unknown-label': { severity: 'error', catches: '@fig-x, {eq} … to a label the lecture does not have' },
  'crossref-duplicate-label': { severity: 'error', catches: 'one cross-reference label twice' },
  // Slides and code.
  'slide-attribute': { severity: 'error', catches: 'a slide attribute that is unknown or has a bad value' },
  'column-width': { severity: 'error', catches: 'a column width that is not a percentage' },
  'column-outside-columns': { severity: 'error', catches: 'a :::column outside ::::columns' },
  'code-steps': { severity: 'error', catches: 'highlight steps that cannot be read' },
  'code-language': { severity: 'warning', catches: 'a code block in a language the highlighter does not know' },
  'empty-lecture': { severity: 'error', catches: 'a lecture without slides' },
  'empty-slide': { severity: 'error', catches: 'two --- in a row' },
  'duplicate-slide-id': { severity: 'error', catches: 'one slide id twice' },
  'slide-overflow': { severity: 'warning', catches: 'a slide likely to overflow the 16:9 frame, or whose text leaves its pictures too little room' },
  'quiz-syntax': { severity: 'error', catches: 'a self-check question written wrongly (no prompt, an option not - [ ] or - [x], stray content, nesting)' },
  'quiz-no-options': { severity: 'error', catches: 'a self-check question without options' },
  'quiz-no-answer': { severity: 'error', catches: 'a self-check question with no option marked [x]' },
  // Media, links and HTML.
  'media-remote': { severity: 'error', catches: 'a video or slide background on another site' },
  'media-missing': { severity: 'error', catches: 'a video or slide background not in public/' },
  'broken-link': { severity: 'error', catches: 'a link to a lecture, slide, section or file that does not exist or is not published yet' },
  'html-not-allowed': { severity: 'error', catches: 'raw HTML outside the allowlist (scripts, styles, event handlers …)' },
  'unsafe-url': { severity: 'error', catches: 'a link or source whose scheme is not http(s), mailto or a site path' },
  'remote-resource': { severity: 'error', catches: 'anything a page would fetch from another site' },
  // Pictures and diagrams.
  'image-alt': { severity: 'error', catches: 'a picture or a cell’s figure without alt text' },
  'image-missing': { severity: 'error', catches: 'a picture whose file is not there' },
  'image-path': { severity: 'error', catches: 'a picture path that leaves the course folder or has a broken %-escape' },
  'image-unreadable': { severity: 'error', catches: 'a file that is not an image a page can show, or is damaged' },
  'image-no-size': { severity: 'error', catches: 'an SVG with neither viewBox nor width and height' },
  'image-size': { severity: 'error', catches: 'a {width=…} or {height=…} that is not a length' },
  'diagram-syntax': { severity: 'error', catches: 'a Mermaid diagram Mermaid cannot read' },
  'diagram-alt': { severity: 'error', catches: 'a Mermaid diagram with no text alternative' },
  'diagram-not-drawn': { severity: 'error', catches: 'a Mermaid diagram with no stored drawing, on a machine without Chromium to draw it' },
  // Citations and the bibliography.
  'citation-unknown-key': { severity: 'error', catches: 'a citation key the bibliography does not have' },
  'bibtex-syntax': { severity: 'error', catches: 'a .bib entry that cannot be read' },
  'bibtex-duplicate-key': { severity: 'error', catches: 'one citation key twice in the .bib file' },
  'bibtex-doi': { severity: 'error', catches: 'a DOI that is not 10.NNNN/…' },
  'bibtex-url': { severity: 'error', catches: 'a bibliography URL that is not http(s)' },
  'bibtex-crossref': { severity: 'error', catches: 'a crossref loop' },
  'bibtex-incomplete': { severity: 'error', catches: 'an entry without a title, or without an author or editor' },
  'bibtex-unused': { severity: 'warning', catches: 'a bibliography entry no lecture cites' },
  // Executed code.
  'cell-options': { severity: 'error', catches: 'a #| (or %%|) option that is not YAML or has the wrong type' },
  'cell-stale': { severity: 'warning', catches: 'a code cell whose outputs were frozen for other code' },
  'cell-not-run': { severity: 'warning', catches: 'a code cell never run' },
  'cell-language': { severity: 'warning', catches: 'an {r}, {julia} or {ojs} cell, shown but not run' },
  'cell-error': { severity: 'warning', catches: 'a cell that raised, not tagged raises-exception (no error: true)' },
  'cell-tag': { severity: 'warning', catches: 'a cell tag or MyST-NB mystnb setting this site does not read' },
  'cell-magic': { severity: 'warning', catches: 'shell (!…) and magic (%…) lines npm run execute does not run' },
  'cell-timeout': { severity: 'error', catches: 'a cell that ran past its time limit' },
  'kernel-start': { severity: 'error', catches: 'Python or its Jupyter packages missing' },
  'kernel-died': { severity: 'error', catches: 'a kernel that stopped while running' },
  // Importing a Jupyter Book or Quarto project (lecture-site import).
  'import-not-carried': { severity: 'warning', catches: 'a setting or key of the project with no place in the course folder' },
  'import-toc-entry': { severity: 'warning', catches: 'a toc entry that names no file that can be imported' },
  'import-file': { severity: 'warning', catches: 'a file a document refers to that cannot be brought along, or a BibTeX entry cut short' },
  'import-embed': { severity: 'warning', catches: 'a host a document embeds from, now allowed in course.yaml' },
  'import-source': { severity: 'error', catches: 'a folder that is no project that can be read' },
  'import-out': { severity: 'error', catches: 'a course folder that holds files (without --force) or cannot be written' },
} as const satisfies Record<string, Rule>;
