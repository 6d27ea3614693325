import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** One folder per test process for everything its tests write, removed when the process exits (each test file is one). */
const ROOT = mkdtempSync(join(tmpdir(), 'lecture-site-tests-'));
process.on('exit', () => rmSync(ROOT, { recursive: true, force: true }));

/** A new empty folder named `<prefix>-XXXXXX`, gone after the test file ran. */
export const scratchFolder = (prefix: string): string => mkdtempSync(join(ROOT, `${prefix}-`));
