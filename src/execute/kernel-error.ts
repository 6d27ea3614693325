/** Why a kernel could not start or went away. */
export type KernelErrorKind = 'python-not-found' | 'missing-module' | 'kernel-died' | 'start-timeout';

/** A kernel that could not start or died: what happened and what the lecturer can do about it. */
export class KernelError extends Error {
  /** What went wrong, for code that reacts to it. */
  readonly kind: KernelErrorKind;
  /** What happened, in the lecturer's terms. */
  readonly reason: string;
  /** What to do about it. */
  readonly fix: string;

  constructor(kind: KernelErrorKind, reason: string, fix: string) {
    super(`${reason} — ${fix}`);
    this.name = 'KernelError';
    this.kind = kind;
    this.reason = reason;
    this.fix = fix;
  }
}

/** Debian's packages for the Python modules the bridge needs (they pull in the rest, e.g. python3-zmq). */
const DEBIAN_PACKAGES = 'python3-ipykernel python3-jupyter-client';

/** The error for a Python that was not found or cannot be run. */
export function pythonNotFound(python: string, cause: string): KernelError {
  return new KernelError(
    'python-not-found',
    `Python could not be run at "${python}" (${cause})`,
    "install Debian's Python (apt-get install -y python3) or set PYTHON to the path of a Python 3 interpreter",
  );
}

/** The error for a Python that lacks a module the kernel needs. */
export function missingModule(python: string, module: string): KernelError {
  return new KernelError(
    'missing-module',
    `The Python at "${python}" cannot import ${module || 'the Jupyter modules'}, which running code cells needs`,
    `install them (Debian: apt-get install -y ${DEBIAN_PACKAGES}) or set PYTHON to a Python that has ipykernel and jupyter_client`,
  );
}

/** The error for a kernel that did not start in time. */
export function startTimeout(seconds: number): KernelError {
  return new KernelError(
    'start-timeout',
    `The Jupyter kernel did not start within ${seconds} s`,
    'check that `python3 -m ipykernel_launcher --help` runs on this machine, or allow it more time to start',
  );
}

/** The error for a kernel that stopped while starting or running, with the end of what it printed. */
export function kernelDied(what: string, log: string): KernelError {
  const tail = log.trim().split('\n').slice(-12).join('\n');
  return new KernelError(
    'kernel-died',
    tail ? `${what}; its last messages:\n${tail}` : what,
    'run the code in Python directly to see why it stops (out of memory, a crash in a library, or a call that ends Python)',
  );
}
