"""`make run`: the whole stack in the foreground, stopped together by Ctrl-C.

    Redis (found or started), the web IDE (http://localhost:8000/) and the gateway
    (http://127.0.0.1:8000/svc/NAME/) in one daphne on port 8000,
    two executor nodes (Celery workers node1 and node2), the metrics loop, and a
    control worker (Celery, queue `liquefy`) for work such as load generation.

Settings from the environment: REDIS_URL, LIQUEFY_PORT (8000), LIQUEFY_NODES (2).
"""
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from . import redis_server
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


def main():
    run_dir = Path(os.environ.get("LIQUEFY_RUN_DIR", ROOT / ".run"))
    redis_url = os.environ.get("REDIS_URL") or redis_server.default_url(run_dir / "redis")
    port = os.environ.get("LIQUEFY_PORT", "8000")
    node_count = int(os.environ.get("LIQUEFY_NODES", "2"))
    redis_proc, how, redis_url = redis_server.ensure(redis_url, str(run_dir / "redis"))
    print(f"Redis: {how}", flush=True)
    env = dict(os.environ, REDIS_URL=redis_url, LIQUEFY_RUN_DIR=str(run_dir), PYTHONPATH=str(ROOT),
               DJANGO_SETTINGS_MODULE="config.settings")
    python = sys.executable
    procs = [("gateway", spawn([python, "-m", "daphne", "-b", "127.0.0.1", "-p", port, "config.asgi:application"], env))]
    for n in range(1, node_count + 1):
        name = f"node{n}"
        procs.append((name, spawn([python, "-m", "celery", "-A", "config", "worker", "-n", f"{name}@%h", "-Q", name,
                                   "--pool=solo", "-l", "warning", "--without-gossip", "--without-mingle",
                                   "--without-heartbeat"], env)))
    procs.append(("metrics", spawn([python, "-m", "executor.metrics"], env)))
    procs.append(("control", spawn([python, "-m", "celery", "-A", "config", "worker", "-n", "control@%h", "-Q",
                                    "liquefy", "--pool=threads", "--concurrency=4", "-l", "warning",
                                    "--without-gossip", "--without-mingle", "--without-heartbeat"],
                                   dict(env, LIQUEFY_NODE="0"))))
    ide_host = os.environ.get("LIQUEFY_IDE_HOST", "localhost")
    service_host = os.environ.get("LIQUEFY_SERVICE_HOST", "127.0.0.1")
    print(f"Liquefy is starting: the IDE at http://{ide_host}:{port}/, "
          f"services at http://{service_host}:{port}/svc/NAME/ (two hosts: a service never shares the IDE's origin)",
          f"\n{node_count} nodes: " + ", ".join(f"node{n}" for n in range(1, node_count + 1)),
          "\nCtrl-C stops everything.", flush=True)
    stopping = []
    signal.signal(signal.SIGTERM, lambda *a: stopping.append(True))
    try:
        while not stopping:
            for name, proc in procs:
                if proc.poll() is not None:
                    print(f"{name} stopped (exit {proc.returncode}): stopping the stack", flush=True)
                    stopping.append(True)
            time.sleep(0.5)
    except KeyboardInterrupt:
        pass
    print("stopping...", flush=True)
    stop_all(procs)
    if redis_proc is not None:
        redis_proc.terminate()
        redis_proc.wait(timeout=10)
    return 0


if __name__ == "__main__":
    sys.exit(main())
