import { spawn } from 'node:child_process';

/** Wall time and peak memory of one command. */
export interface Measurement {
  seconds: number;
  peakMiB: number;
  ok: boolean;
  output: string;
}

/** Run a command under GNU time, for its wall time and the peak RSS of its largest process. */
export function measure(command: string, args: string[], env: Record<string, string> = {}, cwd = process.cwd()): Promise<Measurement> {
  return new Promise((resolve) => {
    const started = process.hrtime.bigint();
    const child = spawn('/usr/bin/time', ['-v', command, ...args], { cwd, env: { ...process.env, ...env } });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('close', (code) => {
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      const kib = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(output)?.[1] ?? 0);
      resolve({ seconds, peakMiB: kib / 1024, ok: code === 0, output });
    });
  });
}
