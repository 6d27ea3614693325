/** A line that says how far a long step has got: `compiling lectures 3/10 · 4 s left`. */
export interface Progress {
  /** One more item done (or `done` of them in all). */
  advance(done?: number): void;
  /** Print a whole line (to stdout) above the progress line: what the step reports as it goes. */
  log(line: string): void;
  /** The step is over: the progress line goes. */
  finish(): void;
}

/** The terminal progress lines are written to; nothing is written when it is not a terminal (a log, CI, a pipe). */
interface ProgressStream {
  isTTY?: boolean;
  write(text: string): unknown;
}

/** `4 s`, `1 min 5 s`. */
function duration(seconds: number): string {
  const whole = Math.max(1, Math.round(seconds));
  return whole < 60 ? `${whole} s` : `${Math.floor(whole / 60)} min ${whole % 60} s`;
}

/**
 * A progress line for `total` items, redrawn in place on a terminal (at most
 * ten times a second) with the count and the time left at the pace so far.
 * Off a terminal it writes nothing but the `log` lines. (Terminal writes are
 * synchronous in Node, so stdout's lines and stderr's progress never mix.)
 */
export function progressLine(label: string, total: number, stream: ProgressStream = process.stderr, now = () => performance.now()): Progress {
  const started = now();
  const live = Boolean(stream.isTTY) && total > 1;
  let count = 0;
  let drawn = 0;
  const clear = () => live && stream.write('\r\u001b[2K');
  const draw = (force = false) => {
    if (!live || (!force && now() - drawn < 100)) return;
    drawn = now();
    const left = count > 0 && count < total ? ` · ${duration(((now() - started) / 1000 / count) * (total - count))} left` : '';
    stream.write(`\r\u001b[2K${label} ${count}/${total}${left}`);
  };
  draw(true);
  return {
    advance(done = count + 1) {
      count = Math.min(done, total);
      draw();
    },
    log(line) {
      clear();
      console.log(line);
      draw(true);
    },
    finish() {
      clear();
    },
  };
}
