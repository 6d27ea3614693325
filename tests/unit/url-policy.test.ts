import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkUrl } from '../../src/model/url-policy.ts';

describe('the URL policy', () => {
  it('allows web links, mail and paths on the site', () => {
    for (const url of ['https://doi.org/10.1/x', 'HTTP://example.org', 'mailto:a@b.c', '/notes/01-x/#s', '#slide', 'figures/map.png', '../x.png', '?q=1']) {
      assert.equal(checkUrl(url).ok, true, url);
    }
    assert.deepEqual(checkUrl('https://example.org'), { ok: true, remote: true });
    assert.deepEqual(checkUrl('//cdn.example.org/x.js'), { ok: true, remote: true });
    assert.deepEqual(checkUrl('/figures/map.png'), { ok: true, remote: false });
  });

  it('refuses every other scheme, however it is written', () => {
    for (const url of ['javascript:alert(1)', 'JavaScript:alert(1)', ' javascript:x', 'java\tscript:x', 'java\nscript:x', '\u0001javascript:x',
      'data:text/html,<script>x</script>', 'vbscript:x', 'file:///etc/passwd', 'blob:https://x/y']) {
      const verdict = checkUrl(url);
      assert.equal(verdict.ok, false, JSON.stringify(url));
    }
  });
});
