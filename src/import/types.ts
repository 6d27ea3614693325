import type { Diagnostic } from '../model/diagnostic.ts';
import type { RevealOptions } from '../schemas/reveal.ts';

/** A source folder as the import core sees it: its file names and the text of its text files. */
export interface SourceProject {
  /** The folder's own name (a course title of last resort). */
  name: string;
  /** Every file, as a path from the folder with `/` between parts, sorted. */
  files: readonly string[];
  /** The text of a text file (YAML, Markdown, Quarto, notebooks, BibTeX, CSS), undefined for others. */
  text(path: string): string | undefined;
}

/** A file of the course folder to write: its text, or a copy of a source file. */
export type PlannedFile = { path: string; text: string } | { path: string; copyOf: string };

/** What an import writes and everything it did not carry over, at the source file's line. */
export interface ImportPlan {
  /** Paths inside the course folder. */
  files: PlannedFile[];
  /** Paths of the source folder. */
  notes: Diagnostic[];
}

/** A file named where the project lists it. */
export interface Listed {
  /** The file, from the project folder. */
  path: string;
  /** The file and line that list it (`_toc.yml`, line 12). */
  at: { path: string; line: number };
  /** The title the listing gives it, if any. */
  title?: string;
}

/** The course settings a project's configuration gives. */
export interface ProjectSettings {
  title?: string;
  lecturers: string[];
  repository?: string;
  branch?: string;
  /** The project folder's path inside the repository (Jupyter Book's `repository.path_to_book`). */
  pathInRepository?: string;
  /** The public URL of the published site. */
  site?: string;
  /** The logo image, as listed. */
  logo?: Listed;
  /** BibTeX files, as listed. */
  bibliographies: Listed[];
  /** Notebooks show their stored outputs only. */
  storedOutputsOnly?: boolean;
  /** reveal.js options for every deck. */
  reveal?: RevealOptions;
  /** Quarto documents are decks unless they say otherwise (the project's format is revealjs). */
  decksByDefault?: boolean;
  /** Quarto `format: revealjs:` keys every deck's frontmatter gets unless it sets them (`incremental: true`). */
  deckDefaults?: Record<string, unknown>;
}

/** A project read: its documents in reading order, its settings, and what was not carried over. */
export interface ProjectOutline {
  /** The file that configures the project (`_config.yml`, `_quarto.yml`, a lone deck): where notes about the whole course point. */
  configPath: string;
  documents: Listed[];
  settings: ProjectSettings;
  notes: Diagnostic[];
}
