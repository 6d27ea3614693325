"""Bridge between Node (src/execute/kernel.ts) and one Jupyter kernel.

Node writes one JSON request a line on stdin and reads one JSON reply a line on stdout:
  -> {"op": "execute", "id": 1, "code": "...", "timeout": 30.0}
  <- {"type": "result", "id": 1, "status": "ok" | "error" | "timeout" | "died",
      "outputs": [...nbformat 4 outputs...], "execution_count": 3}
  -> {"op": "shutdown"}   (or end of stdin)
Before the first request it says {"type": "ready"} or {"type": "fatal", "kind": ..., "message": ...}.
Usage: python3 kernel_bridge.py <kernel working directory> <start timeout in seconds>
"""

import json
import os
import queue
import sys
import time

# The protocol owns the real stdout; anything else printed by libraries goes to stderr.
PROTOCOL = os.fdopen(os.dup(1), "w", encoding="utf-8")
os.dup2(2, 1)

# Seconds the kernel gets to stop after an interrupt before it is given up on.
INTERRUPT_GRACE = 5.0
# How often a wait on the kernel checks that it is still alive, in seconds.
POLL = 0.5

# Run silently once the kernel is up. Figures: SVG with text kept as text (the page's CSS can set its
# font); exactly 16:9 (constrained layout fits labels inside the canvas instead of a tight bounding box
# changing its shape), small (6.4 × 3.6 in, 614 × 346 px) so that its 12 pt text reads well in the
# notes at its own size and on a slide, where it is shown 500 px high (cell-outputs.css); no
# creation date and a fixed id salt, so an unchanged figure gives the same SVG (quiet freeze diffs).
# InlineBackend.rc is applied when a cell first imports pyplot, so Python-only lectures skip it. On a
# machine where Matplotlib never ran, its first import builds a font cache and says so on stderr: that
# happens here, silently, rather than in the first cell that plots (whose frozen output it would join).
SETUP_CODE = """
%config InlineBackend.figure_formats = ["svg"]
%config InlineBackend.print_figure_kwargs = {"bbox_inches": None, "metadata": {"Date": None}}
%config InlineBackend.rc = {"svg.fonttype": "none", "svg.hashsalt": "lecture", "figure.figsize": (6.4, 3.6), "figure.constrained_layout.use": True, "font.size": 12}
try:
    __import__("matplotlib.font_manager")
except ImportError:
    pass
"""


def send(message):
    PROTOCOL.write(json.dumps(message) + "\n")
    PROTOCOL.flush()


# ipykernel imports debugpy, which warns about frozen modules on import (here and in the kernel).
os.environ["PYDEVD_DISABLE_FILE_VALIDATION"] = "1"

try:
    import ipykernel  # noqa: F401  (the kernel itself runs in a child process)
    from ipykernel.kernelspec import RESOURCES, get_kernel_dict
    from jupyter_client.kernelspec import KernelSpec, KernelSpecManager
    from jupyter_client.manager import KernelManager
except ImportError as error:
    send({"type": "fatal", "kind": "missing-module", "module": error.name or "", "message": str(error)})
    sys.exit(3)


# No IPython history database: builds need none, and parallel builds would contend for its lock.
KERNEL_ARGUMENTS = ["--HistoryManager.enabled=False"]


class ThisPythonKernelSpecs(KernelSpecManager):
    """Kernel specs that always run ipykernel on this bridge's own Python.

    The installed `python3` spec may name another interpreter (or `python3` from PATH)."""

    def get_kernel_spec(self, kernel_name):
        return KernelSpec(resource_dir=RESOURCES, **get_kernel_dict(extra_arguments=KERNEL_ARGUMENTS))


def output_of(message):
    """The nbformat 4 output of one iopub message, or None for messages that are not outputs."""
    kind, content = message["msg_type"], message["content"]
    if kind == "stream":
        return {"output_type": "stream", "name": content["name"], "text": content["text"]}
    if kind == "display_data":
        return {"output_type": "display_data", "data": content["data"], "metadata": content["metadata"]}
    if kind == "execute_result":
        return {
            "output_type": "execute_result",
            "execution_count": content["execution_count"],
            "data": content["data"],
            "metadata": content["metadata"],
        }
    if kind == "error":
        return {
            "output_type": "error",
            "ename": content["ename"],
            "evalue": content["evalue"],
            "traceback": content["traceback"],
        }
    return None


class Session:
    """One kernel and its client; runs cells one at a time."""

    def __init__(self, cwd):
        env = dict(os.environ)
        # Same hash order every run, so printed sets and dicts give the same frozen output.
        env.setdefault("PYTHONHASHSEED", "0")
        self.manager = KernelManager(kernel_spec_manager=ThisPythonKernelSpecs())
        self.manager.start_kernel(cwd=cwd, env=env)
        self.client = self.manager.client()
        self.client.start_channels()
        self.dead = False

    def start(self, start_timeout):
        """Wait until the kernel answers, then configure it; RuntimeError if it does not come up."""
        self.client.wait_for_ready(timeout=start_timeout)
        result = self.execute(SETUP_CODE, start_timeout, silent=True)
        if result["status"] != "ok":
            raise RuntimeError("the kernel's setup code failed: " + json.dumps(result["outputs"]))

    def execute(self, code, timeout, silent=False):
        if self.dead:
            return {"status": "died", "outputs": [], "execution_count": None}
        msg_id = self.client.execute(
            code, silent=silent, store_history=not silent, allow_stdin=False, stop_on_error=False
        )
        outputs, status = self.collect(msg_id, timeout)
        if status != "ok":
            return {"status": status, "outputs": outputs, "execution_count": None}
        reply = self.reply(msg_id)
        return {
            "status": "error" if reply.get("status") == "error" else "ok",
            "outputs": outputs,
            "execution_count": reply.get("execution_count"),
        }

    def collect(self, msg_id, timeout):
        """Outputs of one request until the kernel is idle again; status ok, timeout or died."""
        outputs = []
        clear_before_next = False
        deadline = time.monotonic() + timeout
        interrupted = False
        while True:
            left = deadline - time.monotonic()
            if left <= 0:
                if interrupted:
                    self.give_up()
                    return outputs, "timeout"
                self.manager.interrupt_kernel()
                interrupted = True
                deadline = time.monotonic() + INTERRUPT_GRACE
                continue
            try:
                message = self.client.get_iopub_msg(timeout=min(left, POLL))
            except queue.Empty:
                if not self.manager.is_alive():
                    self.dead = True
                    return outputs, "died"
                continue
            if message["parent_header"].get("msg_id") != msg_id:
                continue
            kind = message["msg_type"]
            if kind == "status" and message["content"]["execution_state"] == "idle":
                return outputs, "timeout" if interrupted else "ok"
            if kind == "clear_output":
                if message["content"].get("wait"):
                    clear_before_next = True
                else:
                    outputs = []
                continue
            output = output_of(message)
            # The KeyboardInterrupt of our own interrupt is not the cell's output.
            if output is None or (interrupted and output["output_type"] == "error"):
                continue
            if clear_before_next:
                outputs, clear_before_next = [], False
            outputs.append(output)

    def reply(self, msg_id):
        while True:
            message = self.client.get_shell_msg(timeout=INTERRUPT_GRACE)
            if message["parent_header"].get("msg_id") == msg_id:
                return message["content"]

    def give_up(self):
        """A kernel that ignores an interrupt (stuck in C code) cannot run the next cell: stop it."""
        self.dead = True
        self.manager.shutdown_kernel(now=True)

    def close(self):
        # Stopped explicitly: left to garbage collection at exit, the client prints a traceback.
        self.client.stop_channels()
        if self.manager.is_alive():
            self.manager.shutdown_kernel(now=False)
        self.manager.cleanup_resources()


def serve(session):
    for line in sys.stdin:
        request = json.loads(line)
        if request["op"] == "shutdown":
            return
        result = session.execute(request["code"], request["timeout"])
        send({"type": "result", "id": request["id"], **result})


def main():
    cwd, start_timeout = sys.argv[1], float(sys.argv[2])
    try:
        session = Session(cwd)
    except OSError as error:  # e.g. the working directory does not exist
        send({"type": "fatal", "kind": "kernel-died", "message": str(error)})
        return 4
    try:
        session.start(start_timeout)
    except (RuntimeError, TimeoutError) as error:
        send({"type": "fatal", "kind": "kernel-died", "message": str(error)})
        session.close()
        return 4
    send({"type": "ready"})
    try:
        serve(session)
    finally:
        session.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
