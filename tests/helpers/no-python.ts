import { realpathSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { scratchFolder } from './scratch.ts';

/**
 * An environment as on a machine without Python: a PATH holding only node, npm and sh (what
 * `npm run` needs), and PYTHON pointing nowhere, so nothing can start a Python process.
 */
export function withoutPython(): Record<string, string> {
  const bin = scratchFolder('no-python');
  for (const tool of ['node', 'npm', 'sh']) {
    symlinkSync(realpathSync(execFileSync('sh', ['-c', `command -v ${tool}`], { encoding: 'utf8' }).trim()), join(bin, tool));
  }
  return { PATH: bin, PYTHON: '/nonexistent/python3' };
}
