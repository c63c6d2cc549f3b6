"""The analyzer and Graphviz run in worker processes, never in the web process.

A small pool of `python -m ide.analysis_worker` processes (LIQUEFY_ANALYSIS_WORKERS), each in a
process group of its own and under a memory limit (LIQUEFY_ANALYSIS_MEMORY_MB). A job gets an
idle worker (waiting at most LIQUEFY_ANALYSIS_QUEUE_WAIT_S, else "busy": 503) and
LIQUEFY_ANALYSIS_TIME_LIMIT_S to answer; the worker gives `dot` the time left, and a worker that
has not answered a second after the limit is killed with its group and replaced. The web
process only waits on a pipe, so it keeps serving meanwhile.
"""
import json
import os
import queue
import select
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

from django.conf import settings

ROOT = Path(__file__).resolve().parent.parent
GRACE_S = 1.0  # after the time limit, the worker's own answer (dot timed out) is awaited this long
MAX_REPLY_BYTES = 64 * 1024 * 1024
PIPE_PAGE = 4096  # a write of at most this much to a pipe that polls writable does not block


class WorkerLost(Exception):
    pass


class Worker:
    """One worker process, spoken to in JSON lines."""

    def __init__(self):
        self.process = subprocess.Popen(
            [sys.executable, "-m", "ide.analysis_worker", str(settings.LIQUEFY_ANALYSIS_MEMORY_MB)],
            cwd=ROOT, stdin=subprocess.PIPE, stdout=subprocess.PIPE, start_new_session=True,
            env={"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "PYTHONPATH": str(ROOT)})
        self.pid = self.process.pid

    def ask(self, job, deadline):
        """The worker's answer; TimeoutError past the deadline, WorkerLost if it died."""
        self.send(json.dumps(job).encode() + b"\n", deadline)
        fd, reply = self.process.stdout.fileno(), bytearray()
        while not reply.endswith(b"\n"):
            left = deadline - time.monotonic()
            if left <= 0:
                raise TimeoutError
            if select.select([fd], [], [], left)[0]:
                chunk = os.read(fd, 1 << 20)
                if not chunk:
                    raise WorkerLost
                reply += chunk
                if len(reply) > MAX_REPLY_BYTES:
                    raise WorkerLost
        return json.loads(reply)

    def send(self, data, deadline):
        """Writes to the worker page by page, so that a worker that stopped reading cannot block us."""
        fd, data = self.process.stdin.fileno(), memoryview(data)
        while data:
            left = deadline - time.monotonic()
            if left <= 0:
                raise TimeoutError
            if select.select([], [fd], [], left)[1]:
                try:
                    data = data[os.write(fd, data[:PIPE_PAGE]):]
                except OSError:  # BrokenPipeError: it died
                    raise WorkerLost from None

    def kill(self):
        """The worker and whatever it started (`dot`)."""
        try:
            os.killpg(self.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        self.process.wait()
        for pipe in (self.process.stdin, self.process.stdout):
            try:
                pipe.close()
            except OSError:
                pass


class Pool:
    def __init__(self, size):
        self.size = size
        self.started = 0  # workers alive, idle or busy
        self.idle = queue.LifoQueue()
        self.busy = set()
        self.lock = threading.Lock()

    def run(self, job):
        """The worker's answer to `job` ({files, entry, overrides, show_calls, names}), or {error}
        with the HTTP status to answer (422 for the code, 503 when the pool is busy)."""
        limit = float(settings.LIQUEFY_ANALYSIS_TIME_LIMIT_S)
        worker = self.acquire(float(settings.LIQUEFY_ANALYSIS_QUEUE_WAIT_S))
        if worker is None:
            return error(503, "the analyzer is busy: try again in a few seconds", retry_after=max(1, round(limit)))
        self.busy.add(worker)
        try:
            answer = worker.ask({**job, "time_limit_s": limit}, time.monotonic() + limit + GRACE_S)
        except TimeoutError:
            self.replace(worker)
            return error(422, f"the analysis took longer than {limit:g} s: the code is too large to analyse here")
        except WorkerLost:
            try:
                code = worker.process.wait(timeout=1)
            except subprocess.TimeoutExpired:
                code = None
            self.replace(worker)
            how = f"signal {-code}" if code is not None and code < 0 else f"exit {code}"
            return error(422, f"the analyzer stopped on this code ({how}): it may be too large")
        except BaseException:
            self.replace(worker)
            raise
        finally:
            self.busy.discard(worker)
        self.idle.put(worker)
        return answer

    def acquire(self, wait_s):
        """An idle worker, a new one while the pool is not full, or None after wait_s."""
        deadline = time.monotonic() + wait_s
        while True:
            worker = self.take(deadline)
            if worker is None or worker.process.poll() is None:
                return worker
            self.replace(worker)  # died while idle (killed from outside): not this job's doing

    def take(self, deadline):
        try:
            return self.idle.get_nowait()
        except queue.Empty:
            pass
        with self.lock:
            if self.started < self.size:
                self.started += 1
                try:
                    return Worker()
                except BaseException:
                    self.started -= 1
                    raise
        try:
            return self.idle.get(timeout=max(0, deadline - time.monotonic()))
        except queue.Empty:
            return None

    def replace(self, worker):
        """Kills a worker that overran or died, and starts its successor for whoever waits."""
        worker.kill()
        try:
            self.idle.put(Worker())
        except OSError:
            with self.lock:
                self.started -= 1

    def idle_workers(self):
        return list(self.idle.queue)

    def busy_workers(self):
        return list(self.busy)

    def close(self):
        """Kills every worker, busy ones included (their jobs end as "stopped")."""
        for worker in self.busy_workers():
            worker.kill()
        while True:
            try:
                self.idle.get_nowait().kill()
            except queue.Empty:
                return


def error(status, message, retry_after=None):
    out = {"error": {"file": None, "line": None, "column": None, "message": message, "status": status}}
    if retry_after:
        out["error"]["retry_after"] = retry_after
    return out


_pool = None
_pool_lock = threading.Lock()


def pool():
    global _pool
    with _pool_lock:
        if _pool is None:
            _pool = Pool(int(settings.LIQUEFY_ANALYSIS_WORKERS))
        return _pool


def reset():
    """Stops the idle workers and forgets the pool (tests; settings read again)."""
    global _pool
    with _pool_lock:
        old, _pool = _pool, None
    if old:
        old.close()
