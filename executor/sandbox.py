"""The isolates of a node live in child processes: one sandbox per project.

V8 stops a runaway loop or an ordinary heap overflow by itself, but some
failures (one huge allocation inside a builtin) abort the whole process. So a
node runs each project's isolate in a child process it supervises, confined
(executor/confinement.py): if the child dies or overruns the time limit, the
node fails that one message, starts a new child and goes on; the isolate is
rebuilt from Redis as needed, and the other projects' processes never notice.
A node keeps at most LIQUEFY_NODE_SANDBOXES of them: the least recently used
goes first.

Frames on the pipes: two 4-byte big-endian lengths, a JSON header and raw texts
(messages in, results out) that travel as they are, never encoded again.
"""
import json
import logging
import os
import signal
import struct
import subprocess
import sys
import tempfile
import time
from collections import OrderedDict
from pathlib import Path

from . import confinement, protocol
from .isolate import MessageFailed
from .processes import die_with_parent

ROOT = Path(__file__).resolve().parent.parent
log = logging.getLogger("liquefy.sandbox")


def child_setup():
    # Only its node ends a sandbox (EOF on its stdin, SIGKILL), or the node's own end: a SIGTERM
    # or Ctrl-C to the node's process group lets the node finish the message under way first.
    signal.signal(signal.SIGTERM, signal.SIG_IGN)
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    die_with_parent(signal.SIGKILL)
    confinement.child_setup()


def write_frame(stream, obj, texts=()):
    """`obj` as JSON, then `texts` (strings) as they are; their lengths are in the header."""
    raw = [t.encode() for t in texts]
    header = json.dumps(dict(obj, texts=[len(t) for t in raw]) if raw else obj).encode()
    body = b"".join(raw)
    stream.write(struct.pack(">II", len(header), len(body)) + header + body)
    stream.flush()


def read_frame(stream):
    """(obj, [texts]), or (None, []) when the stream ended."""
    head = stream.read(8)
    if len(head) < 8:
        return None, []
    size, body_size = struct.unpack(">II", head)
    header, body = stream.read(size), stream.read(body_size)
    if len(header) < size or len(body) < body_size:
        return None, []
    obj = json.loads(header)
    texts, at = [], 0
    for length in obj.pop("texts", ()):
        texts.append(body[at:at + length].decode())
        at += length
    return obj, texts


class Sandboxes:
    """A node's sandboxes by project. Before one more starts, the least recently used
    are closed while there are `limit` of them or they take `budget_mb` together."""

    def __init__(self, node_name, time_limit_ms, heap_limit_mb, memory_mb, limit, budget_mb):
        self.node_name, self.limit, self.budget_mb = node_name, limit, budget_mb
        self.settings = (time_limit_ms, heap_limit_mb, memory_mb)
        self.by_slug = OrderedDict()

    def get(self, slug):
        box = self.by_slug.get(slug)
        if box is None:
            self.make_room()
            box = self.by_slug[slug] = Sandbox(f"{self.node_name}-{slug}", *self.settings)
        self.by_slug.move_to_end(slug)
        return box

    def make_room(self):
        while self.by_slug and (len(self.by_slug) >= self.limit
                                or sum(box.resident_mb() for box in self.by_slug.values()) >= self.budget_mb):
            slug, oldest = self.by_slug.popitem(last=False)
            log.info("node %s: closing the isolate process of %s (least recently used)", self.node_name, slug)
            oldest.close()

    def held(self, slug):
        """What the project's sandbox holds of it (version, files version, local units), or None."""
        box = self.by_slug.get(slug)
        return box.loaded.get(slug) if box is not None else None

    def drop(self, slug):
        box = self.by_slug.pop(slug, None)
        if box is not None:
            box.close()

    def heap(self):
        return sum(box.heap for box in self.by_slug.values())

    def close(self):
        for slug in list(self.by_slug):
            self.drop(slug)


class Sandbox:
    """The node's side: one child process holding one project's isolate."""

    def __init__(self, name, time_limit_ms, heap_limit_mb, memory_mb):
        self.name = name
        self.time_limit_ms, self.heap_limit_mb, self.memory_mb = time_limit_ms, heap_limit_mb, memory_mb
        self.proc = None
        self.stderr = None
        self.loaded = {}  # slug -> {"version", "files_version", "load_ms"}
        self.restarts = 0
        self.heap = 0
        self.cgroup = None
        self.oom_kills = 0

    def start(self):
        self.stderr = tempfile.TemporaryFile()
        env = confinement.environment({"PYTHONPATH": str(ROOT), "LIQUEFY_LOAD_TIME_LIMIT_MS":
                                       os.environ.get("LIQUEFY_LOAD_TIME_LIMIT_MS", "5000")})
        self.proc = subprocess.Popen([sys.executable, "-m", "executor.sandbox", str(self.time_limit_ms),
                                      str(self.heap_limit_mb), self.name], cwd=ROOT, stdin=subprocess.PIPE,
                                     stdout=subprocess.PIPE, stderr=self.stderr, preexec_fn=child_setup, env=env)
        if self.cgroup is None:
            self.cgroup = confinement.MemoryCgroup(self.name, self.memory_mb)
        self.cgroup.add(self.proc.pid)
        self.oom_kills = self.cgroup.oom_kills()
        confinement.has_own_network(self.proc.pid)
        self.loaded.clear()

    def alive(self):
        return self.proc is not None and self.proc.poll() is None

    def resident_mb(self):
        """The process's resident memory (typed arrays included), 0 when it is not running."""
        try:
            with open(f"/proc/{self.proc.pid}/statm") as f:
                return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2 ** 20
        except (AttributeError, OSError, ValueError, IndexError):
            return 0

    def ensure_running(self):
        """Starts the child if it is not running; a child that died holds nothing any more."""
        if not self.alive():
            if self.proc is not None:
                self.restarts += 1
                log.warning("the isolate process stopped between messages (exit %s): %s", self.proc.returncode,
                            self.stderr_tail() or "no message")
            self.start()

    def call(self, request, deadline_s, texts=(), on_ask=None):
        """The child's reply, with the texts it sent back as reply["texts"]. A failure raises MessageFailed.
        Meanwhile the child may ask (a message waiting for Redis replies, isolate.answer_redis):
        `on_ask(slug, question)` answers."""
        self.ensure_running()
        write_frame(self.proc.stdin, request, texts)
        end = time.monotonic() + deadline_s
        reply, out = self.read_reply(deadline_s)
        while "ask" in reply:
            try:
                answer = {"answer": on_ask(request.get("slug"), reply["ask"])}
            except Exception as e:  # noqa: BLE001 - the child fails the message with it
                log.exception("%s: answering the isolate failed", self.name)
                answer = {"error": f"{type(e).__name__}: {e}"}
            write_frame(self.proc.stdin, answer)
            reply, out = self.read_reply(end - time.monotonic())
        reply["texts"] = out
        if reply.get("failed"):
            # A timeout was V8 terminating the script: the child dropped that isolate
            # and the others live on. A script V8 could not stop ("stuck" inside a
            # builtin) or a heap over its limit (V8's memory may be left fragmented)
            # end the process: the others are loaded again from Redis.
            if reply["failed"] in ("stuck", "memory"):
                self.kill()
            self.loaded.pop(request.get("slug"), None)  # the child dropped it: loaded again when next needed
            raise MessageFailed(reply["failed"], reply["message"])
        return reply

    def read_reply(self, deadline_s):
        import select
        end = time.monotonic() + deadline_s
        fd = self.proc.stdout.fileno()
        while True:
            left = end - time.monotonic()
            if left <= 0:
                self.kill()
                raise MessageFailed("timeout", f"the message ran longer than {self.time_limit_ms} ms and was stopped")
            ready, _, _ = select.select([fd], [], [], min(left, 0.5))
            if ready:
                reply, texts = read_frame(self.proc.stdout)
                if reply is None:
                    raise self.died()
                return reply, texts
            if self.proc.poll() is not None:
                raise self.died()

    def died(self):
        code = self.proc.wait()
        tail = self.stderr_tail()
        self.proc = None
        self.loaded.clear()
        if code == -signal.SIGKILL and self.cgroup is not None and self.cgroup.oom_kills() > self.oom_kills:
            return MessageFailed("memory", f"the isolate process went over its memory limit of {self.memory_mb} MB "
                                           "(typed arrays and buffers count too)")
        if code == -signal.SIGKILL:  # from outside: an operator, the machine's OOM killer
            return MessageFailed("killed", "the isolate process was killed (SIGKILL)")
        if "heap" in tail.lower() or "out of memory" in tail.lower() or "Last few GCs" in tail:
            return MessageFailed("memory", f"the isolate's heap went over {self.heap_limit_mb} MB")
        return MessageFailed("crash", "the isolate stopped: " + (tail.splitlines() or ["no message"])[-1])

    def stderr_tail(self):
        self.stderr.seek(0)
        return self.stderr.read()[-4000:].decode("utf-8", "replace").strip()

    def kill(self):
        if self.proc is not None:
            self.proc.kill()
            self.proc.wait()
        self.proc = None
        self.loaded.clear()

    def close(self):
        if self.alive():
            self.proc.stdin.close()
            try:
                self.proc.wait(timeout=2)
            except subprocess.TimeoutExpired:
                self.kill()
        self.proc = None
        self.loaded.clear()
        if self.cgroup is not None:
            self.cgroup.remove()


class HeapSampler:
    """The isolate's heap, read at most once a second (reading it costs half a millisecond)."""

    def __init__(self):
        self.value, self.at = 0, 0.0

    def sample(self, isolate):
        now = time.monotonic()
        if now - self.at >= 1.0:
            self.value, self.at = isolate.heap_used(), now
        return self.value


def drop(isolates, slug):
    iso = isolates.pop(slug, None)
    if iso is not None:
        iso.close()


def serve(time_limit_ms, heap_limit_mb):
    """The child's side: isolates by project, driven by frames on stdin."""
    from .isolate import Isolate
    isolates = {}
    heap = HeapSampler()
    inp, out = sys.stdin.buffer, sys.stdout.buffer

    def ask(question, _seconds_left):
        write_frame(out, {"ask": question})
        answer, _ = read_frame(inp)
        if answer is None:
            sys.exit(0)  # the node is gone
        if "error" in answer:
            raise MessageFailed("crash", "the node could not answer: " + answer["error"])
        return answer["answer"]
    while True:
        request, texts = read_frame(inp)
        if request is None:
            return
        op, slug = request["op"], request.get("slug")
        results = []  # the texts sent back: a batch's results
        try:
            if op == protocol.LOAD:
                drop(isolates, slug)
                iso = Isolate(slug, request["version"], request["bundle"], request["snapshot"], request["files"],
                              request["files_version"], request["local"], time_limit_ms, heap_limit_mb)
                iso.ask = ask
                isolates[slug] = iso
                reply = {"load_ms": iso.load_ms}
            elif op == protocol.BATCH:
                if "local" in request:
                    isolates[slug].set_local(request["local"])
                started = time.perf_counter()
                results = isolates[slug].run_batch(texts, request["state"], bool(request.get("chain")),
                                                   request.get("verify"), request.get("inline"))
                reply = {"ms": (time.perf_counter() - started) * 1000, "heap": heap.sample(isolates[slug])}
            elif op == protocol.FILES:
                isolates[slug].set_files(request["files"], request["files_version"])
                reply = {}
            elif op == protocol.DROP:
                drop(isolates, slug)
                reply = {}
            else:
                reply = {"failed": "crash", "message": f"unknown request {op}"}
        except MessageFailed as failure:
            if failure.reason != "stuck":  # a stuck one is left to the process's end
                drop(isolates, slug)  # rebuilt from Redis on the next message
            reply = {"failed": failure.reason, "message": failure.message}
        except Exception as e:  # noqa: BLE001 - reported to the node, which fails the message
            drop(isolates, slug)
            reply = {"failed": "crash", "message": f"{type(e).__name__}: {e}"}
        write_frame(out, reply, results)


if __name__ == "__main__":
    serve(int(sys.argv[1]), int(sys.argv[2]))  # argv[3] names the sandbox, for `ps`
