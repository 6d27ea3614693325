import { readFileSync } from 'node:fs';
import { renderLecture } from './helpers/markdown.ts';
const arg = process.argv[2]!;
const src = arg.startsWith('@') ? readFileSync(arg.slice(1), 'utf8') : arg.replace(/\\n/g, '\n');
const { notesHtml, views, messages } = await renderLecture(src, { data: { title: 'T', number: 1, author: 'A' } as never });
if (!process.argv.includes('--notes-only')) console.log('--- DECK\n' + views.deckHtml);
if (!process.argv.includes('--deck-only')) console.log('--- NOTES\n' + notesHtml);
console.log('--- MESSAGES\n' + messages.map((m) => `${m.line}:${m.column} ${m.fatal ? 'error' : 'warn'} ${m.reason} — ${m.note} [${m.ruleId}]`).join('\n'));
console.log('--- SLIDES', JSON.stringify(views.slides.map(({ html: _h, ...s }) => s)));
