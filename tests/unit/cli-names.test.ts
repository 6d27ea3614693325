import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { didYouMean } from '../../src/cli/args.ts';
import { fileSlug } from '../../src/model/file-slug.ts';

describe('names the command line suggests and writes', () => {
  it('suggests the closest flag or command for a typo, a name inside another, or another case', () => {
    assert.equal(didYouMean('--stirct', ['--strict', '--content']), ' (did you mean --strict?)');
    assert.equal(didYouMean('--outDir', ['--out', '--content']), ' (did you mean --out?)');
    assert.equal(didYouMean('--Strict', ['--strict']), ' (did you mean --strict?)');
    assert.equal(didYouMean('biuld', ['build', 'check', 'dev']), ' (did you mean build?)');
    assert.equal(didYouMean('deploy', ['build', 'check', 'dev']), '', 'nothing close: no guess');
  });

  it('makes file slugs the file-name rule accepts, from any title', () => {
    assert.equal(fileSlug('Phonons & Heat: part 2'), 'phonons-heat-part-2');
    assert.equal(fileSlug('Étude des matériaux'), 'etude-des-materiaux');
    assert.equal(fileSlug('👋 Getting started'), 'getting-started');
    assert.equal(fileSlug('🚀'), 'lecture');
    assert.equal(fileSlug('🚀', 'page'), 'page');
  });
});
