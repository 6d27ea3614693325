import { spawnBridge, type Bridge } from './bridge-process.ts';
import { kernelDied, missingModule, startTimeout } from './kernel-error.ts';
import type { CellOutput } from '../cells/outputs.ts';
import { failingLine, tidyOutputs } from '../cells/tidy-outputs.ts';

/** Debian's Python, not whatever `python3` comes first on PATH (it may lack ipykernel). */
const DEFAULT_PYTHON = '/usr/bin/python3';

/** Time a cell may run when the caller does not say. */
export const DEFAULT_CELL_TIMEOUT_MS = 120_000;

/** Time the bridge takes past a cell's timeout: the interrupt's grace (5 s) and a margin. */
const BRIDGE_GRACE_MS = 10_000;

/** What one cell did. */
export interface CellResult {
  /** `error`: the cell raised; `timeout`: it was interrupted after its time ran out. */
  status: 'ok' | 'error' | 'timeout';
  /** Its outputs (nbformat 4), tidied: streams merged, tracebacks without colour codes or kernel frames. */
  outputs: CellOutput[];
  /** IPython's execution counter for the cell; null when it timed out. */
  executionCount: number | null;
  /** For an error: the failing line, counted from 1 in the cell's code, when Python tells it. */
  errorLine?: number;
}

/** A running Jupyter kernel: cells run one after another and share their state. */
export interface Kernel {
  /** Run code in the kernel; rejects with a KernelError only when the kernel died. */
  execute(code: string, options?: { timeoutMs?: number }): Promise<CellResult>;
  /** Stop the kernel and its bridge; safe to call twice. */
  shutdown(): Promise<void>;
}

/** How to start a kernel. */
export interface KernelOptions {
  /** Working directory of the code (the lecture's folder), so relative paths in cells work. */
  cwd: string;
  /** Python interpreter; default `PYTHON` from the environment, else /usr/bin/python3. */
  python?: string;
  /** Time the kernel may take to start, default 60 s. */
  startTimeoutMs?: number;
}

/** Start a Jupyter kernel (ipykernel) in `cwd`; rejects with a KernelError saying what to install or fix. */
export async function startKernel(options: KernelOptions): Promise<Kernel> {
  const python = options.python ?? (process.env.PYTHON || DEFAULT_PYTHON);
  const startTimeoutMs = options.startTimeoutMs ?? 60_000;
  const bridge = spawnBridge(python, options.cwd, startTimeoutMs);
  const first = await bridge.next(startTimeoutMs + BRIDGE_GRACE_MS, startTimeout(startTimeoutMs / 1000));
  if (first.type === 'ready') return new BridgeKernel(bridge);
  await bridge.exited;
  if (first.type === 'fatal' && first.kind === 'missing-module') throw missingModule(python, first.module ?? '');
  throw kernelDied(`The Jupyter kernel stopped while starting (${first.type === 'fatal' ? first.message : first.type})`, bridge.log);
}

/** A kernel behind a bridge process; requests go one at a time. */
class BridgeKernel implements Kernel {
  #bridge: Bridge;
  #queue: Promise<unknown> = Promise.resolve();
  #nextId = 1;

  constructor(bridge: Bridge) {
    this.#bridge = bridge;
  }

  execute(code: string, options: { timeoutMs?: number } = {}): Promise<CellResult> {
    const run = this.#queue.then(() => this.#run(code, options.timeoutMs ?? DEFAULT_CELL_TIMEOUT_MS));
    this.#queue = run.catch(() => undefined);
    return run;
  }

  async #run(code: string, timeoutMs: number): Promise<CellResult> {
    const id = this.#nextId++;
    this.#bridge.send({ op: 'execute', id, code, timeout: timeoutMs / 1000 });
    const late = kernelDied(`The Jupyter kernel stopped answering (${timeoutMs / 1000} s timeout and an interrupt later)`, '');
    const reply = await this.#bridge.next(timeoutMs + BRIDGE_GRACE_MS, late);
    if (reply.type !== 'result' || reply.id !== id || reply.status === 'died') {
      throw kernelDied('The Jupyter kernel died while running a cell (out of memory, or the code ended Python)', this.#bridge.log);
    }
    const outputs = tidyOutputs(reply.outputs);
    const error = outputs.find((output) => output.output_type === 'error');
    const errorLine = reply.status === 'error' && error ? failingLine(error, reply.execution_count) : undefined;
    return {
      status: reply.status,
      outputs,
      executionCount: reply.execution_count,
      ...(errorLine === undefined ? {} : { errorLine }),
    };
  }

  async shutdown(): Promise<void> {
    await this.#queue;
    const { child } = this.#bridge;
    if (child.exitCode !== null || child.signalCode !== null) return;
    this.#bridge.send({ op: 'shutdown' });
    child.stdin.end();
    const killer = setTimeout(() => child.kill('SIGKILL'), BRIDGE_GRACE_MS);
    await this.#bridge.exited;
    clearTimeout(killer);
  }
}
