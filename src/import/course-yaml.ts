import cssesc from 'cssesc';
import { Document } from 'yaml';
import { courseSchema } from '../schemas/course.ts';
import type { ProjectSettings } from './types.ts';

/** The course folder's own settings, beyond what the project's configuration said. */
export interface CourseExtras {
  /** Hosts the documents show pictures, frames or media from. */
  embeds: string[];
  /** Lecture id → the notebook's path in the repository. */
  notebookPaths: Record<string, string>;
  /** The theme stylesheet written (for the logo). */
  stylesheet?: string;
  /** Whether a document shows a picture without alt text: the course then builds with a warning for each. */
  missingAltText?: boolean;
}

/** Whether a value is one course.yaml takes for a key (a repository URL, the site's URL). */
export function isCourseValue(key: 'repository' | 'site', value: string): boolean {
  return courseSchema.shape[key].safeParse(value).success;
}

/**
 * The course.yaml of an imported project: title, lecturers, repository and branch, the site's
 * URL, the theme stylesheet, deck options, `execute: { notebooks: off }`, embedded hosts and the
 * notebooks' paths in the repository, each only when there is something to say.
 */
export function courseYaml(from: string, settings: ProjectSettings & { title: string }, extras: CourseExtras): string {
  const embeds = extras.embeds.filter((host) => courseSchema.shape.embeds.safeParse([host]).success);
  const course = {
    title: settings.title,
    ...(settings.lecturers.length > 0 ? { lecturers: settings.lecturers.map((name) => ({ name })) } : {}),
    ...(settings.repository ? { repository: settings.repository } : {}),
    ...(settings.branch ? { branch: settings.branch } : {}),
    ...(settings.site ? { site: settings.site } : {}),
    ...(extras.stylesheet ? { theme: { stylesheet: extras.stylesheet } } : {}),
    ...(settings.reveal && Object.keys(settings.reveal).length > 0 ? { reveal: settings.reveal } : {}),
    ...(settings.storedOutputsOnly ? { execute: { notebooks: 'off' } } : {}),
    ...(embeds.length > 0 ? { embeds } : {}),
    ...(extras.missingAltText ? { missingAltText: 'warning' } : {}),
    ...(Object.keys(extras.notebookPaths).length > 0 ? { notebookPaths: extras.notebookPaths } : {}),
  };
  const doc = new Document(course);
  doc.commentBefore = ` Imported from ${from} by lecture-site import (README: Bringing a Jupyter Book or Quarto project).`;
  return doc.toString();
}

/** A theme stylesheet that puts the logo (a file of public/) on every deck's title slide. */
export function logoStylesheet(sitePath: string): string {
  return `/* Imported: the project's logo on the title slides (README: Themes). */\n:root {\n  --logo: url(${cssesc(sitePath, { quotes: 'single', wrap: true })});\n}\n`;
}
