import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DIST } from '../helpers/dist.ts';
import { checkSiteLinks } from '../helpers/site-links.ts';

describe('every internal link of the built site resolves', () => {
  it('finds each linked page, asset, section and slide', (t) => {
    const { broken, external, checked } = checkSiteLinks(DIST);
    t.diagnostic(`checked ${checked} internal links; ${external.length} external links (listed, not fetched):`);
    for (const url of external) t.diagnostic(`  ${url}`);
    assert.ok(checked > 100, `the checker saw the site's links (${checked})`);
    assert.deepEqual(broken, []);
  });
});
