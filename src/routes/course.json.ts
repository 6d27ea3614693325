/**
 * `/course.json`: the course model as data — every published lecture with
 * its label, title and slides (id, title, kind), the course pages, and whether the speaker
 * notes were left out. The PDF step reads titles and bookmarks from it (and
 * makes a handout without notes of a site without them); other tools may too.
 */
import type { APIRoute } from 'astro';
import { compiledOf, lectureLabel, publishedLectures, publishedPages } from '../collection/lectures.ts';
import course from 'virtual:lecture-site/course';
import { privateNotes } from 'virtual:lecture-site/config';
import type { CourseModel } from '../model/course-model.ts';

export const GET: APIRoute = async () => {
  const model: CourseModel = {
    title: course.title,
    speakerNotes: privateNotes ? 'private' : 'public',
    lectures: (await publishedLectures()).map((lecture) => ({
      id: lecture.id,
      number: lecture.data.number,
      label: lectureLabel(lecture),
      title: lecture.data.title,
      slides: compiledOf(lecture).slides.map(({ id, title, kind }) => ({ id, title, kind })),
    })),
    pages: (await publishedPages()).map((page) => ({ id: page.id, title: page.data.title })),
  };
  return new Response(`${JSON.stringify(model, null, 2)}\n`, { headers: { 'Content-Type': 'application/json' } });
};
