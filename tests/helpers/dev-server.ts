import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { CLI } from './cli.ts';

/** A running `astro dev` and everything it has printed so far. */
export interface DevServer {
  url: string;
  /** Terminal output so far (grows as the server runs). */
  output: () => string;
  stop: () => void;
}

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/**
 * Start `lecture-site dev` on a free port for a course folder and wait until it serves: this repository's
 * command, or `cli` (an installed package's bin.js) run in `cwd`.
 */
export async function startDevServer(contentDir: string, { cli = CLI, cwd }: { cli?: string; cwd?: string } = {}): Promise<DevServer> {
  const port = await freePort();
  const dev: ChildProcess = spawn(process.execPath, [cli, 'dev', '--content', contentDir, '--port', String(port), '--host', '127.0.0.1'], {
    cwd,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
  });
  let output = '';
  dev.stdout?.on('data', (chunk) => (output += chunk));
  dev.stderr?.on('data', (chunk) => (output += chunk));
  for (const started = Date.now(); !output.includes('watching for file changes');) {
    if (Date.now() - started > 60_000) {
      dev.kill();
      throw new Error(`astro dev did not start:\n${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return { url: `http://127.0.0.1:${port}`, output: () => output, stop: () => dev.kill() };
}
