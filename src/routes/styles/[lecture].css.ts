/**
 * `/styles/<lecture>.css`: the classes a lecture's own inline styles became (src/markdown/rehype-style-classes.ts),
 * linked by its deck and notes pages; only lectures that have any get one.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { compiledOf, publishedLectures } from '../../collection/lectures.ts';

export const getStaticPaths = (async () => (await publishedLectures())
  .map((lecture) => ({ id: lecture.id, styles: compiledOf(lecture).styles }))
  .filter(({ styles }) => styles !== '')
  .map(({ id, styles }) => ({ params: { lecture: id }, props: { styles } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => new Response((props as { styles: string }).styles, { headers: { 'Content-Type': 'text/css' } });
