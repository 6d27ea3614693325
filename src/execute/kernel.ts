import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { kernelDied, missingModule, pythonNotFound, startTimeout, type KernelError } from './kernel-error.ts';
import { cellOutputSchema, type CellOutput } from './outputs.ts';
import { failingLine, tidyOutputs } from './tidy-outputs.ts';

/** The Python side: talks the Jupyter protocol through jupyter_client, JSON lines with us. */
const BRIDGE = fileURLToPath(new URL('./kernel_bridge.py', import.meta.url));

/** Debian's Python, not whatever `python3` comes first on PATH (it may lack ipykernel). */
const DEFAULT_PYTHON = '/usr/bin/python3';

/** Time a cell may run when the caller does not say. */
export const DEFAULT_CELL_TIMEOUT_MS = 120_000;

/** Time the bridge takes past a cell's timeout: the interrupt's grace (5 s) and a margin. */
const BRIDGE_GRACE_MS = 10_000;

/** Characters of the bridge's and kernel's stderr kept to explain a failure. */
const LOG_LIMIT = 8_000;

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

const bridgeMessage = z.discriminatedUnion('type', [
  z.object({ type: z.literal('ready') }),
  z.object({ type: z.literal('fatal'), kind: z.string(), module: z.string().optional(), message: z.string() }),
  z.object({
    type: z.literal('result'),
    id: z.number(),
    status: z.enum(['ok', 'error', 'timeout', 'died']),
    outputs: z.array(cellOutputSchema),
    execution_count: z.number().nullable(),
  }),
]);
type BridgeMessage = z.output<typeof bridgeMessage>;

/** Start a Jupyter kernel (ipykernel) in `cwd`; rejects with a KernelError saying what to install or fix. */
export async function startKernel(options: KernelOptions): Promise<Kernel> {
  const python = options.python ?? process.env.PYTHON ?? DEFAULT_PYTHON;
  const startTimeoutMs = options.startTimeoutMs ?? 60_000;
  const child = spawn(python, [BRIDGE, options.cwd, String(startTimeoutMs / 1000)], { stdio: 'pipe' });
  const bridge = new Bridge(child, python);
  const first = await bridge.next(startTimeoutMs + BRIDGE_GRACE_MS, startTimeout(startTimeoutMs / 1000));
  if (first.type === 'ready') return new BridgeKernel(bridge);
  await bridge.exited;
  if (first.type === 'fatal' && first.kind === 'missing-module') throw missingModule(python, first.module ?? '');
  throw kernelDied(`The Jupyter kernel stopped while starting (${first.type === 'fatal' ? first.message : first.type})`, bridge.log);
}

/** A line's JSON value, or undefined when it is not JSON (e.g. a library printed to stdout). */
function parseJson(line: string): unknown {
  try {
    return JSON.parse(line);
  } catch {
    return undefined;
  }
}

/** The bridge process: its messages in order, its stderr, its end. */
class Bridge {
  readonly child: ChildProcessWithoutNullStreams;
  readonly exited: Promise<void>;
  log = '';
  #messages: BridgeMessage[] = [];
  #waiting: { resolve: (message: BridgeMessage) => void; reject: (error: Error) => void } | undefined;
  #ended: KernelError | undefined;

  constructor(child: ChildProcessWithoutNullStreams, python: string) {
    this.child = child;
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      this.log = (this.log + chunk).slice(-LOG_LIMIT);
    });
    createInterface({ input: child.stdout }).on('line', (line) => this.#receive(line));
    this.exited = new Promise((resolve) => {
      child.on('error', (error: NodeJS.ErrnoException) => {
        this.#end(pythonNotFound(python, error.code ?? error.message));
        resolve();
      });
      child.on('close', () => {
        this.#end(kernelDied('The Jupyter kernel stopped', this.log));
        resolve();
      });
    });
  }

  /** The bridge's next message; rejects when it ends first, or with `late` (killing it) after `timeoutMs`. */
  next(timeoutMs: number, late: KernelError): Promise<BridgeMessage> {
    const queued = this.#messages.shift();
    if (queued) return Promise.resolve(queued);
    if (this.#ended) return Promise.reject(this.#ended);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.child.kill('SIGKILL');
        this.#end(late);
      }, timeoutMs);
      this.#waiting = {
        resolve: (message) => {
          clearTimeout(timer);
          resolve(message);
        },
        reject: (error) => {
          clearTimeout(timer);
          reject(error);
        },
      };
    });
  }

  /** Send one request line. */
  send(request: object): void {
    if (!this.#ended) this.child.stdin.write(`${JSON.stringify(request)}\n`);
  }

  #receive(line: string): void {
    const parsed = bridgeMessage.safeParse(parseJson(line));
    if (!parsed.success) {
      this.log += `\nunexpected message from the bridge: ${line.slice(0, 200)}`;
      return;
    }
    const waiting = this.#waiting;
    this.#waiting = undefined;
    if (waiting) waiting.resolve(parsed.data);
    else this.#messages.push(parsed.data);
  }

  #end(error: KernelError): void {
    this.#ended ??= error;
    const waiting = this.#waiting;
    this.#waiting = undefined;
    waiting?.reject(this.#ended);
  }
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
