import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

/** Wall time and peak memory of one command. */
export interface Measurement {
  seconds: number;
  /** Peak resident memory of the whole process tree (the command and every process it started), sampled. */
  peakMiB: number;
  ok: boolean;
  output: string;
}

const SAMPLE_MS = 50;

/** Parent pid and resident KiB of every process, from /proc. */
function processTable(): Map<number, { parent: number; rssKiB: number }> {
  const table = new Map<number, { parent: number; rssKiB: number }>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const status = readFileSync(`/proc/${name}/status`, 'utf8');
      const parent = Number(/^PPid:\s+(\d+)/m.exec(status)?.[1] ?? 0);
      const rssKiB = Number(/^VmRSS:\s+(\d+)/m.exec(status)?.[1] ?? 0);
      table.set(Number(name), { parent, rssKiB });
    } catch {
      // The process ended between the listing and the read.
    }
  }
  return table;
}

/** Resident KiB of a process and all its descendants, now. */
function treeRssKiB(root: number): number {
  const table = processTable();
  const inTree = new Set([root]);
  let total = 0;
  // Parents have lower pids in general but not always: repeat until no process joins.
  for (let grew = true; grew;) {
    grew = false;
    for (const [pid, { parent }] of table) {
      if (!inTree.has(pid) && inTree.has(parent)) { inTree.add(pid); grew = true; }
    }
  }
  for (const pid of inTree) total += table.get(pid)?.rssKiB ?? 0;
  return total;
}

/** Run a command, for its wall time and the peak memory of its whole process tree. */
export function measure(command: string, args: string[], env: Record<string, string> = {}, cwd = process.cwd()): Promise<Measurement> {
  return new Promise((resolve) => {
    const started = process.hrtime.bigint();
    const child = spawn(command, args, { cwd, env: { ...process.env, ...env } });
    let output = '';
    let peakKiB = 0;
    const sampler = setInterval(() => (peakKiB = Math.max(peakKiB, treeRssKiB(child.pid!))), SAMPLE_MS);
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('close', (code) => {
      clearInterval(sampler);
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      resolve({ seconds, peakMiB: peakKiB / 1024, ok: code === 0, output });
    });
  });
}
