import rehypeStringify from 'rehype-stringify';
import type { Preset } from 'unified';
import rehypeCopyButtons from '../rehype-copy-buttons.ts';
import rehypeFigureZoom from '../rehype-figure-zoom.ts';
import rehypeNotesImages from '../rehype-notes-images.ts';
import rehypeTabsets from '../rehype-tabsets.ts';

/** The reading notes: copy buttons, tabs, lazy pictures and zoom, then the notes HTML as text. */
export const notes: Preset = {
  plugins: [rehypeCopyButtons, rehypeTabsets, rehypeNotesImages, rehypeFigureZoom, [rehypeStringify, { allowDangerousHtml: true }]],
};
