import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { buildCourse, copyCourse } from '../helpers/build-run.ts';
import { runCli } from '../helpers/cli.ts';
import { query } from '../helpers/html.ts';
import { indexedPages } from '../helpers/search-fragments.ts';

const FIXTURE = 'tests/fixtures/pages';

describe('course pages (pages/*.md), built', () => {
  let dist: string;
  const html = (path: string) => readFileSync(join(dist, path, 'index.html'), 'utf8');

  before(() => {
    const run = buildCourse(FIXTURE);
    assert.equal(run.status, 0, run.output);
    assert.match(run.output, /compiled \d+ of 4 lectures and pages/);
    dist = run.outDir;
  });
  after(() => rmSync(dist, { recursive: true, force: true }));

  it('are pages of the site at /<name>/, with no deck, their maths, citations and pictures rendered, drafts left out', () => {
    const syllabus = query(html('syllabus'));
    assert.deepEqual(syllabus.text('h1'), ['Syllabus']);
    assert.ok(syllabus.one('.katex'), 'maths is set by KaTeX');
    assert.ok(syllabus.one('.bibliography') && syllabus.text('.bibliography')[0]!.includes('Computing Machinery'), 'a cited work is in its bibliography');
    assert.ok(syllabus.one('.lecture-body svg, .lecture-body img'), 'its picture, from pages/figures/');
    assert.equal(syllabus.all('.slide-link').length, 0, 'no "Show slide" links: a page has no deck');
    assert.ok(!existsSync(join(dist, 'slides', 'syllabus')), 'and no deck is built for it');
    assert.ok(!existsSync(join(dist, 'draft-notes')), 'a draft page is not built');
    const resources = query(html('resources'));
    assert.deepEqual(resources.text('h1'), ['Resources'], 'a page without frontmatter takes its title from its first heading, shown once');
  });

  it('are in the navigation: the sidebar of every reading page, in their order, and the home page', () => {
    for (const path of ['syllabus', 'resources', 'notes/01-first']) {
      const links = query(html(path)).all('.course-sidebar[aria-label="Course"] .sidebar-pages a').map((link) => [link.properties.href, link.children[0] && 'value' in link.children[0] ? link.children[0].value : '']);
      assert.deepEqual(links, [['/syllabus/', 'Syllabus'], ['/resources/', 'Resources']], path);
    }
    const home = query(html(''));
    assert.deepEqual(home.text('.course-pages a'), ['Syllabus', 'Resources']);
    assert.match(home.text('.course-pages')[0]!, /What the course covers/, 'with its description');
  });

  it('are found by the search, as course pages', () => {
    const pages = indexedPages(dist).filter((fragment) => fragment.meta.kind === 'Page');
    assert.deepEqual(pages.map((fragment) => fragment.url).sort(), ['/resources/', '/syllabus/']);
    assert.match(pages.find((fragment) => fragment.url === '/syllabus/')!.content, /PAGEMARKER-SYLLABUS/);
  });

  it('are in the course model the PDFs read', () => {
    const model = JSON.parse(readFileSync(join(dist, 'course.json'), 'utf8')) as { pages: { id: string; title: string }[] };
    assert.deepEqual(model.pages, [{ id: 'syllabus', title: 'Syllabus' }, { id: 'resources', title: 'Resources' }]);
  });
});

describe('course pages, checked', () => {
  it('link to and from lectures, and a link to a section of a page that is not there is an error at its line', () => {
    const course = copyCourse(FIXTURE);
    const lecture = join(course, 'lectures', '01-first.md');
    writeFileSync(lecture, `${readFileSync(lecture, 'utf8')}\nSee [nowhere](/syllabus/#nowhere) and [gone](/gone/).\n`);
    const run = runCli(['check', '--content', course]);
    assert.equal(run.status, 1);
    assert.match(run.output, /01-first\.md:10:5 error Link "\/syllabus\/#nowhere" points to "nowhere", which is not a slide or section of syllabus/);
    assert.match(run.output, /01-first\.md:10:\d+ error Link "\/gone\/" points to no page of the site/);
    assert.equal((run.output.match(/ error /g) ?? []).length, 2, 'the links of the fixture itself resolve');
  });

  it('are named slug.md: another name, a name the site uses, or a notebook in pages/ is an error', () => {
    const course = copyCourse(FIXTURE);
    for (const name of ['Syllabus-Two.md', 'references.md', 'lab.ipynb']) writeFileSync(join(course, 'pages', name), '---\ntitle: X\n---\n\nText.\n');
    const run = runCli(['check', '--content', course]);
    assert.match(run.output, /Syllabus-Two\.md:1:1 error Page file name "Syllabus-Two\.md" is not of the form slug\.md/);
    assert.match(run.output, /references\.md:1:1 error A page cannot be named "references"/);
    assert.match(run.output, /lab\.ipynb:1:1 error lab\.ipynb is a notebook in pages\//);
    assert.deepEqual(readdirSync(join(course, 'pages')).length, 7);
  });

  it('have no slide rules: a long page is no slide-overflow', () => {
    const course = copyCourse(FIXTURE);
    writeFileSync(join(course, 'pages', 'long.md'), `---\ntitle: Long\n---\n\n${Array.from({ length: 80 }, (_, index) => `Paragraph ${index} of a long page.`).join('\n\n')}\n`);
    const run = runCli(['check', '--content', course, '--strict']);
    assert.equal(run.status, 0, run.output);
  });
});
