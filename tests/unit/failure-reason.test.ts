import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { failureReason } from '../../src/build/failure-reason.ts';

describe('failureReason', () => {
  it('names a full disk, whoever ran into it, without the backtrace', () => {
    const panic = new Error('Build failed with 1 error:\n\n\u001b[31m[UNHANDLEABLE_ERROR] \u001b[0mSomething went wrong\nFailed to write file\n\nCaused by:\n    No space left on device (os error 28)\n\nStack backtrace:\n   0: <unknown>');
    assert.equal(failureReason(panic), 'the disk is full (no space left on device): free some space and build again');
    assert.match(failureReason(Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' })), /disk is full/);
  });

  it('keeps other reasons on one line, colour codes and backtraces cut', () => {
    assert.equal(failureReason(new Error('\u001b[31mfirst\u001b[0m\n  second\n\nStack backtrace:\n 0: x')), 'first — second');
  });
});
