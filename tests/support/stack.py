"""A live Liquefy for tests: real Celery worker nodes and a real gateway (uvicorn).

    with LiquefyStack(nodes=["node1", "node2"]) as stack:
        stack.deploy("hello", SERVICES / "hello")
        httpx.get(stack.url("hello", "/"))

Everything talks to the session's private Redis (tests/session_redis.py), or to `redis_url`
(a Redis Cluster: tests/support/redis_cluster.py; Celery stays on the session's Redis).
"""
import contextlib
import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

from analyzer.source import list_files
from executor import api, keys, redis_client
from executor.packages import read_folder
from executor.stack import gateway_command
from executor.processes import die_with_parent
from tests.support.ports import free_port

ROOT = Path(__file__).resolve().parents[2]


NODE_MODULES = ROOT / "tests" / "node" / "node_modules"


def service_files(path):
    """The upload of a service folder. One with a package.json gets the packages the
    Node.js side runs with (tests/node/node_modules), as its node_modules/."""
    path = Path(path)
    if path.is_file():
        return {path.name: path.read_bytes()}
    files = {rel: (path / rel).read_bytes() for rel in list_files(str(path))
             if rel not in ("requests.json", "expect.json", "README.md")}
    if (path / "package.json").is_file() and not (path / "node_modules").exists():
        files.update(read_folder(str(NODE_MODULES), "node_modules"))
    return files


def answer_label(slug, request, answer):
    """`METHOD path` of a replayed request, with the executor's error record when the answer carries one
    (x-liquefy-error): what a failed comparison shows."""
    failed = answer.headers.get("x-liquefy-error")
    return f"{request['method']} {request['path']}" + (f": {api.error(slug, failed)}" if failed else "")


class LiquefyStack:
    def __init__(self, nodes=("node1", "node2"), gateway=True, env=None, metrics=False, control=False,
                 redis_url=None):
        self.node_names = list(nodes)
        self.gateway = gateway
        self.metrics, self.control = metrics, control
        self.extra_env = dict(env or {})
        if redis_url:
            self.extra_env.update({"REDIS_URL": redis_url, "LIQUEFY_BROKER_URL": os.environ["REDIS_URL"]})
        self.procs = {}
        self.port = None
        self.r = redis_client.connect(redis_url or os.environ["REDIS_URL"], decode_responses=True)
        self.logdir = Path(os.environ.get("LIQUEFY_RUN_DIR", "/tmp")) / "stack-logs"
        self.logdir.mkdir(parents=True, exist_ok=True)

    # -- processes --------------------------------------------------------------

    def env(self):
        env = dict(os.environ)
        env.update({"PYTHONPATH": str(ROOT), "DJANGO_SETTINGS_MODULE": "config.settings"})
        env.update(self.extra_env)
        return env

    def spawn(self, name, args):
        log = open(self.logdir / f"{name}.log", "ab")
        proc = subprocess.Popen(args, cwd=ROOT, env=self.env(), stdout=log, stderr=subprocess.STDOUT,
                                start_new_session=True, preexec_fn=die_with_parent)
        self.procs[name] = proc
        return proc

    def start_node(self, name):
        self.spawn(name, [sys.executable, "-m", "celery", "-A", "config", "worker", "-n", f"{name}@%h", "-Q", name,
                          "--pool=solo", "-l", "warning", "--without-gossip", "--without-mingle",
                          "--without-heartbeat"])
        self.wait_for(lambda: self.r.exists(keys.alive(name)), f"node {name} to start", name)

    def kill_node(self, name, sig=signal.SIGKILL):
        proc = self.procs.pop(name)
        os.killpg(proc.pid, sig)
        proc.wait(timeout=15)
        if sig == signal.SIGKILL:
            self.r.delete(keys.alive(name))

    def start_gateway(self):
        self.port = free_port()
        self.spawn("gateway", gateway_command(self.port))
        self.wait_for(self.gateway_up, "the gateway to listen", "gateway")

    def gateway_up(self):
        with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", self.port), timeout=0.2):
            return True
        return False

    def wait_for(self, check, what, proc_name, timeout=60):
        deadline = time.monotonic() + timeout
        while not check():
            proc = self.procs.get(proc_name)
            if proc is not None and proc.poll() is not None:
                raise RuntimeError(f"{proc_name} exited while waiting for {what}:\n{self.log_of(proc_name)}")
            if time.monotonic() > deadline:
                raise RuntimeError(f"timed out waiting for {what}:\n{self.log_of(proc_name)}")
            time.sleep(0.05)

    def log_of(self, name):
        path = self.logdir / f"{name}.log"
        return path.read_text(errors="replace")[-4000:] if path.exists() else ""

    def __enter__(self):
        for name in self.node_names:
            self.r.delete(keys.alive(name))
        for name in self.node_names:
            self.start_node(name)
        if self.gateway:
            self.start_gateway()
        if self.metrics:
            self.spawn("metrics", [sys.executable, "-m", "executor.monitor"])
        if self.control:
            self.start_control()
        return self

    def start_control(self):
        """The control worker (queue `liquefy`): Celery tasks such as the load generator."""
        saved = dict(self.extra_env)
        self.extra_env["LIQUEFY_NODE"] = "0"
        self.spawn("control", [sys.executable, "-m", "celery", "-A", "config", "worker", "-n", "control@%h",
                               "-Q", "liquefy", "--pool=threads", "--concurrency=4", "-l", "warning",
                               "--without-gossip", "--without-mingle", "--without-heartbeat"])
        self.extra_env = saved

    def __exit__(self, *exc):
        self.stop()

    def stop(self):
        """Forgets every project (a later stack's nodes would run it, and its name would be
        taken: the session's Redis is shared), then stops this stack's processes."""
        from executor import api
        for slug in self.r.smembers(keys.PROJECTS) | set(self.r.hkeys(keys.OWNERS)):
            api.forget(slug)
        for name, proc in list(self.procs.items()):
            with contextlib.suppress(ProcessLookupError):
                os.killpg(proc.pid, signal.SIGTERM)
        for name, proc in list(self.procs.items()):
            try:
                proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                os.killpg(proc.pid, signal.SIGKILL)
                proc.wait()
        self.procs.clear()

    # -- services ----------------------------------------------------------------

    def deploy(self, slug, service, reset=True, **kwargs):
        from executor import api
        files = service if isinstance(service, dict) else service_files(service)
        return api.deploy(slug, files, reset=reset, **kwargs)

    @contextlib.contextmanager
    def deployed(self, slug, service, **kwargs):
        """`service` deployed as `slug` for the block, forgotten after it: a project left running keeps its
        timers firing on the nodes and its placement read at their every refresh, which slowed the moves
        of the tests after it (hundreds of services run on one stack)."""
        self.deploy(slug, service, **kwargs)
        try:
            yield slug
        finally:
            api.forget(slug)

    def sandbox_pid(self, node, slug):
        """The pid of the project's isolate process on `node` (executor/sandbox.py names it)."""
        out = subprocess.run(["pgrep", "-P", str(self.procs[node].pid), "-f",
                              f"executor.sandbox [0-9]+ [0-9]+ {node}-{slug}$"], capture_output=True, text=True)
        pids = [int(p) for p in out.stdout.split()]
        assert len(pids) == 1, f"the isolate process of {slug} on {node}: {pids}"
        return pids[0]

    def verify_errors(self, slug=None):
        """Verify mode's errors (a stateless unit changed module state) of `slug`, or of every project."""
        import json
        slugs = [slug] if slug else sorted(self.r.smembers(keys.PROJECTS))
        found = [json.loads(x) for s in slugs for x in self.r.hvals(keys.errors(s))]
        return [e for e in found if e.get("kind") == "verify"]

    def url(self, slug, path="/"):
        return f"http://127.0.0.1:{self.port}/svc/{slug}{path}"
