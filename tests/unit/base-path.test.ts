import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { basePath } from '../../src/course-files/site-config.ts';
import { query } from '../helpers/html.ts';
import { fixturePipeline } from '../helpers/markdown.ts';

describe('base path', () => {
  it('takes BASE_PATH over the course setting, normalised to /name/', () => {
    assert.equal(basePath({ base: '/' }, undefined), '/');
    assert.equal(basePath({ base: '/course/' }, undefined), '/course/');
    assert.equal(basePath({ base: '/' }, 'mlmat'), '/mlmat/');
    assert.equal(basePath({ base: '/' }, '/mlmat'), '/mlmat/');
    assert.equal(basePath({ base: '/x/' }, ''), '/x/');
  });

  it('prefixes root-relative links and images in both views, leaving others alone', async () => {
    const render = fixturePipeline({ base: '/mlmat/' });
    const { notesHtml, views } = await render(
      '## A\n\n[next](/notes/02-x/#s) [web](https://example.org/) [here](#a) ![Logo](/favicon.svg)',
    );
    for (const html of [notesHtml, views.deckHtml]) {
      const links = query(html).all('section > p > a').map((a) => a.properties.href);
      assert.deepEqual(links, ['/mlmat/notes/02-x/#s', 'https://example.org/', '#a']);
      assert.equal(query(html).one('img')?.properties.src, '/mlmat/favicon.svg');
    }
  });
});

describe('base path from the environment', () => {
  it('refuses a BASE_PATH with . or .. parts or other characters, saying what to write', () => {
    for (const env of ['/../../', '..', '/a/./b/', '/a b/', '/<x>/']) {
      assert.throws(() => basePath({ base: '/' }, env), /write it as \/name\//, env);
    }
  });
});
