import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { kernelDied, pythonNotFound, type KernelError } from './kernel-error.ts';
import { cellOutputSchema } from '../cells/outputs.ts';

/** The Python side: talks the Jupyter protocol through jupyter_client, JSON lines with us. */
const BRIDGE_SCRIPT = fileURLToPath(new URL('./kernel_bridge.py', import.meta.url));

/** Characters of the bridge's and kernel's stderr kept to explain a failure. */
const LOG_LIMIT = 8_000;

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
/** One line kernel_bridge.py writes. */
export type BridgeMessage = z.output<typeof bridgeMessage>;

/** Start kernel_bridge.py on `python`, its kernel to run in `cwd`. */
export function spawnBridge(python: string, cwd: string, startTimeoutMs: number): Bridge {
  const child = spawn(python, [BRIDGE_SCRIPT, cwd, String(startTimeoutMs / 1000)], { stdio: 'pipe' });
  return new Bridge(child, python);
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
export class Bridge {
  /** The Python process running kernel_bridge.py. */
  readonly child: ChildProcessWithoutNullStreams;
  /** Settles when the process has ended. */
  readonly exited: Promise<void>;
  /** The end of what the bridge and the kernel printed on stderr, to explain a failure. */
  log = '';
  #messages: BridgeMessage[] = [];
  #waiting: { resolve: (message: BridgeMessage) => void; reject: (error: Error) => void } | undefined;
  #ended: KernelError | undefined;

  constructor(child: ChildProcessWithoutNullStreams, python: string) {
    this.child = child;
    // Writing to a bridge that just died fails with EPIPE; its 'close' event reports the death.
    child.stdin.on('error', () => undefined);
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
