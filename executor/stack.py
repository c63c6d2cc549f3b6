"""`make run`: the whole stack in the foreground, supervised, stopped together by Ctrl-C.

    Redis (found or started), the web IDE (http://localhost:8000/) and the gateway
    (http://127.0.0.1:8000/svc/NAME/) in one ASGI server (uvicorn) on port 8000,
    two executor nodes (Celery workers node1 and node2), the metrics loop, and a
    control worker (Celery, queue `liquefy`) for work such as load generation.

Settings from the environment: REDIS_URL, LIQUEFY_PORT (8000), LIQUEFY_NODES (2),
LIQUEFY_GATEWAY_WORKERS (1: processes of the ASGI server).
"""
import contextlib
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from . import events, redis_server
from .processes import die_with_parent

ROOT = Path(__file__).resolve().parent.parent


def spawn(args, env):
    # each child leads its own process group, so that stopping it stops its children
    return subprocess.Popen(args, cwd=ROOT, env=env, start_new_session=True, preexec_fn=die_with_parent)


def stop_all(procs):
    for _, proc in procs:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGTERM)
    deadline = time.monotonic() + 10
    for name, proc in procs:
        try:
            proc.wait(timeout=max(0.1, deadline - time.monotonic()))
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()


BACKOFF_S = (1, 2, 4, 8, 16, 30)  # between restarts of a component that keeps stopping
STEADY_S = 60  # a component that ran this long starts its backoff afresh


class Component:
    """One process of the stack, restarted with backoff whenever it stops."""

    def __init__(self, name, start):
        self.name, self.start = name, start
        self.proc, self.started, self.failures, self.due = None, 0.0, 0, 0.0

    def launch(self):
        self.proc = self.start()
        self.started = time.monotonic()

    def check(self, say):
        """Restarts the process if it stopped and its backoff is over."""
        if self.proc is not None and self.proc.poll() is None:
            return
        now = time.monotonic()
        if self.proc is not None:  # it just stopped
            with contextlib.suppress(ProcessLookupError):  # children it left (the ASGI server's workers)
                os.killpg(self.proc.pid, signal.SIGKILL)
            self.failures = 0 if now - self.started > STEADY_S else self.failures + 1
            delay = BACKOFF_S[min(self.failures, len(BACKOFF_S) - 1)]
            say(self.name, self.proc.returncode, delay)
            self.proc, self.due = None, now + delay
        if now >= self.due:
            self.launch()


def main():
    run_dir = Path(os.environ.get("LIQUEFY_RUN_DIR", ROOT / ".run"))
    redis_url = os.environ.get("REDIS_URL") or redis_server.default_url(run_dir / "redis")
    port = os.environ.get("LIQUEFY_PORT", "8000")
    node_count = int(os.environ.get("LIQUEFY_NODES", "2"))
    redis_proc, how, redis_url = redis_server.ensure(redis_url, str(run_dir / "redis"))
    print(f"Redis: {how}", flush=True)
    env = dict(os.environ, REDIS_URL=redis_url, LIQUEFY_RUN_DIR=str(run_dir), PYTHONPATH=str(ROOT),
               DJANGO_SETTINGS_MODULE="config.settings")
    components = []
    if redis_proc is not None:  # ours: restarted like the others, on its own files
        redis_start = redis_server.start_command(run_dir / "redis")
        components.append(Component("redis", lambda: spawn(redis_start, env)))
        components[-1].proc, components[-1].started = redis_proc, time.monotonic()
    components += [Component(name, (lambda a=args, e=extra: spawn(a, dict(env, **e))))
                   for name, args, extra in processes(port, node_count)]
    for c in components:
        if c.proc is None:
            c.launch()
    ide_host = os.environ.get("LIQUEFY_IDE_HOST", "localhost")
    service_host = os.environ.get("LIQUEFY_SERVICE_HOST", "127.0.0.1")
    print(f"Liquefy is starting: the IDE at http://{ide_host}:{port}/, "
          f"services at http://{service_host}:{port}/svc/NAME/ (two hosts: a service never shares the IDE's origin)",
          f"\n{node_count} nodes: " + ", ".join(f"node{n}" for n in range(1, node_count + 1)),
          "\nCtrl-C stops everything; a component that stops is restarted.", flush=True)
    stopping = []
    signal.signal(signal.SIGTERM, lambda *a: stopping.append(True))
    announce = Announcer(redis_url)
    try:
        while not stopping:
            for c in components:
                c.check(announce)
            time.sleep(0.5)
    except KeyboardInterrupt:
        pass
    print("stopping...", flush=True)
    stop_all([(c.name, c.proc) for c in components if c.proc is not None and c.name != "redis"])
    for c in components:  # Redis last, once nothing writes any more
        if c.name == "redis" and c.proc is not None and c.proc.poll() is None:
            c.proc.terminate()
            c.proc.wait(timeout=10)
    return 0


def gateway_command(port, workers=1, host="127.0.0.1", app="config.asgi:application"):
    """The ASGI server of the IDE and the gateway: uvicorn on uvloop and httptools (chosen by
    figures: docs/performance.md). Like Node.js it adds no Server header; a service's own Date
    header is not doubled. X-Forwarded-For is not trusted (a proxy in front sets it: docs/deployment.md)."""
    return [sys.executable, "-m", "uvicorn", app, "--host", host, "--port", str(port),
            "--loop", "uvloop", "--http", "httptools", "--ws", "websockets", "--lifespan", "off",
            "--no-server-header", "--no-date-header", "--no-proxy-headers", "--no-access-log",
            "--log-level", "warning", "--workers", str(workers)]


def processes(port, node_count):
    """(name, command, extra environment) of each process of the stack but Redis."""
    python = sys.executable
    workers = int(os.environ.get("LIQUEFY_GATEWAY_WORKERS", "1"))
    out = [("gateway", gateway_command(port, workers), {})]
    for n in range(1, node_count + 1):
        out.append((f"node{n}", [python, "-m", "celery", "-A", "config", "worker", "-n", f"node{n}@%h", "-Q",
                                 f"node{n}", "--pool=solo", "-l", "warning", "--without-gossip", "--without-mingle",
                                 "--without-heartbeat"], {}))
    out.append(("metrics", [python, "-m", "executor.monitor"], {}))
    out.append(("control", [python, "-m", "celery", "-A", "config", "worker", "-n", "control@%h", "-Q", "liquefy",
                            "--pool=threads", "--concurrency=4", "-l", "warning", "--without-gossip",
                            "--without-mingle", "--without-heartbeat"], {"LIQUEFY_NODE": "0"}))
    return out


class Announcer:
    """Says a restart in the stack's output and in the IDE's event log (when Redis answers)."""

    def __init__(self, redis_url):
        import redis
        self.r = redis.Redis.from_url(redis_url, decode_responses=True, socket_timeout=2)

    def __call__(self, name, code, delay):
        print(f"{name} stopped (exit {code}): restarting it in {delay} s", flush=True)
        try:
            events.publish(self.r, {"type": "component.restart", "component": name, "exit": code, "delay_s": delay})
        except Exception:  # noqa: BLE001 - Redis itself may be the one restarting
            pass


if __name__ == "__main__":
    sys.exit(main())
