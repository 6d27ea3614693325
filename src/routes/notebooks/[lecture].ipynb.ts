/**
 * `/notebooks/<lecture>.ipynb`: each notebook lecture's own file, for students to download and run.
 * It is served as the lecturer wrote it (with its saved outputs); the notes page links to it.
 */
import { readFileSync } from 'node:fs';
import type { APIRoute, GetStaticPaths } from 'astro';
import { compiledOf, publishedLectures } from '../../collection/lectures.ts';
import { isNotebookPath } from '../../compile/lecture-markdown.ts';

export const getStaticPaths = (async () => {
  const lectures = await publishedLectures();
  return lectures
    .map((lecture) => ({ id: lecture.id, path: compiledOf(lecture).path }))
    .filter(({ path }) => isNotebookPath(path))
    .map(({ id, path }) => ({ params: { lecture: id }, props: { path } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(readFileSync((props as { path: string }).path), { headers: { 'Content-Type': 'application/x-ipynb+json' } });
