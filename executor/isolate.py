"""One V8 isolate running one project's code on one node, with its limits.

An isolate that timed out or ran out of memory is thrown away and rebuilt from
Redis before the next message: everything it held (the project's code, the
values main left, the file store) is there.
"""
import json
import os
import queue
import secrets
import time
from contextlib import contextmanager

from py_mini_racer import JSEvalException, JSOOMException, JSTimeoutException, MiniRacer, init_mini_racer
from py_mini_racer._context import _UNCANCELABLE_TASK_CALLBACK_ID

from . import runtime


class MessageFailed(Exception):
    """The message failed as a whole: the isolate itself had to stop it."""

    def __init__(self, reason, message):
        super().__init__(message)
        self.reason, self.message = reason, message


# each step of loading a project: the runtime, the modules, main's values, the file store
MAX_RESULT_CHARS = 64 * 2 ** 20  # a message's state and effects, as JSON
ENTROPY_BYTES = 32  # from the host's os.urandom, at load and with every message (node:crypto's seed)
PENDING = '{"pending":true}'  # runtime/run.js: a message still waiting for V8's own promises
LOAD_LIMIT_MS = int(os.environ.get("LIQUEFY_LOAD_TIME_LIMIT_MS", "5000"))
STOP_WAIT_S = 0.2  # after a time limit: how long V8 gets to say it stopped the script
# V8's own defaults, as in Node.js. mini-racer's default, --single-threaded, compiles optimized code
# on the thread that runs the script, and code so compiled ran CPU-bound loops 2.5 to 5 times
# slower (bench/isolate_js.py). The threads V8 starts are safe here: a sandbox process
# (executor/sandbox.py) starts V8 and never forks.
V8_FLAGS = ()


MAIN_ENVELOPE = '"k": "main", "unit": "__main"'  # as protocol.main_message's JSON has it, after its id


def is_main(message_texts):
    """Whether a batch is a deployment's main: it loads the program and its packages (prom-client's took
    about 0.5 s on a busy machine), so it has the time limit of a load, not a message's."""
    return len(message_texts) == 1 and MAIN_ENVELOPE in message_texts[0][:400]


class V8:
    """Runs code in a mini-racer context from the calling thread, with a time limit.

    mini-racer 0.14's own `eval(timeout_sec=...)` and `call` hand each call to its asyncio
    event loop's thread, which hands it to V8's thread, and the result back the same way:
    about 150 us of thread switches a call, more than most messages' JavaScript takes
    (docs/performance.md). Here the call goes to V8's thread and its result comes back
    on mini-racer's queue for uncancelable tasks: this thread is that queue's only user.
    Pinned to mini-racer 0.14.1 (requirements.txt): these are its internals."""

    def __init__(self, heap_limit_bytes):
        init_mini_racer(flags=V8_FLAGS, ignore_duplicate_init=True)  # once a process, before any context
        self.racer = MiniRacer()
        self.racer.set_hard_memory_limit(heap_limit_bytes)
        self.ctx = self.racer._ctx
        self.results = self.ctx._non_cancelable_mr_task_results_queue
        self.stuck = False

    def eval(self, code, timeout_s):
        """The value of `code` (a string, number, boolean, None...). Raises JSTimeoutException
        past `timeout_s`, after which `stuck` says whether V8 failed to stop the script."""
        if self.stuck:
            raise JSTimeoutException()
        handle = self.ctx._python_to_value_handle(code)  # held until V8 is done with it
        task = self.ctx._dll.mr_eval(self.ctx._ctx, handle.raw, _UNCANCELABLE_TASK_CALLBACK_ID)
        try:
            value = self.results.get(timeout=timeout_s)
        except queue.Empty:
            self.ctx._dll.mr_cancel_task(self.ctx._ctx, task)
            try:
                self.results.get(timeout=STOP_WAIT_S)  # the stopped script's own result
            except queue.Empty:  # inside a builtin that does not look at its interrupts
                self.stuck = True  # its result may still come: this context is done with
            raise JSTimeoutException() from None
        return self.ctx._value_handle_to_python(value)

    def call(self, function, args, timeout_s):
        """`function(...args)`, the arguments written as JSON literals: no method of the
        program's (a replaced Function.prototype.apply, JSON.stringify) is on the way."""
        return self.eval(f"{function}({json.dumps(args)[1:-1]})", timeout_s)

    def heap_stats(self):
        return self.racer.heap_stats()

    def close(self):
        self.racer.close()


class Isolate:
    """Every call into V8 has a time limit: a script that does not return is
    stopped by V8 itself (the process and the other projects' isolates live on)."""

    def __init__(self, slug, version, bundle, snapshot, files, files_version, local_units,
                 time_limit_ms=1000, heap_limit_mb=128):
        self.slug, self.version = slug, version
        self.time_limit_ms, self.heap_limit_mb = time_limit_ms, heap_limit_mb
        self.load_limit_ms = max(time_limit_ms, LOAD_LIMIT_MS)
        self.files_version = files_version
        self.ask = None  # (question, seconds left) -> the node's answer: see answer_redis
        started = time.perf_counter()
        self.ctx = V8(heap_limit_mb * 1024 * 1024)
        for source in runtime.runtime_source():
            self.eval("loading the runtime", source)
        self.token = secrets.token_hex(16)
        self.eval("sealing the runtime", f"__rt.seal({json.dumps(self.token)})")
        self.call("loading the project's settings", "configure", json.dumps(bundle["config"]))
        self.call("adding entropy", "addEntropy", os.urandom(ENTROPY_BYTES).hex())
        self.call("loading the line maps", "setLineMaps",
                  json.dumps({m["path"]: m["lineMap"] for m in bundle["modules"]}))
        self.call("loading the packages", "setLibraries", json.dumps(bundle.get("libraries", {})))
        self.set_local(local_units)
        self.set_files(files, files_version)
        for module in bundle["modules"]:
            self.eval(f"loading {module['path']}", module["code"])
        if snapshot is not None:
            self.call("restoring main's values", "loadMain", snapshot)
        self.load_ms = (time.perf_counter() - started) * 1000

    def eval(self, what, code):
        with self.limits(what, self.load_limit_ms):
            return self.ctx.eval(code, self.load_limit_ms / 1000)

    def call(self, what, name, *args):
        """One of the runtime's entry points (core.js, "sealing")."""
        with self.limits(what, self.load_limit_ms):
            return self.host(name, *args, timeout_s=self.load_limit_ms / 1000)

    def host(self, name, *args, timeout_s):
        return self.ctx.call("__liquefyHost", (self.token, name, *args), timeout_s)

    @contextmanager
    def limits(self, what, limit_ms):
        try:
            yield
        except JSTimeoutException:
            reason = "stuck" if self.ctx.stuck else "timeout"
            raise MessageFailed(reason, f"{what} ran longer than {limit_ms} ms and was stopped") from None
        except JSOOMException:
            raise MessageFailed("memory", f"{what}: the isolate's heap went over {self.heap_limit_mb} MB") from None
        except JSEvalException as e:
            raise MessageFailed("crash", f"{what}: " + (str(e).splitlines()[0] if str(e) else "failed")) from None

    def set_files(self, files, version):
        self.call("updating the file store", "setFiles", json.dumps(files), version)
        self.files_version = version

    def set_local(self, units):
        self.call("updating the local units", "setLocal", json.dumps(sorted(units)))

    def run(self, message_text, state_text, verify=None):
        """Runs one message; returns the runtime's result (state, effects, error).
        `verify`: verify mode's caps ({maxValues, maxDepth}), or None when it is off."""
        return json.loads(self.run_batch([message_text], state_text, False, verify)[0])

    def run_batch(self, message_texts, state_text, chain, verify=None, inline=None):
        """Runs messages of one unit in order, in one call into V8; returns their results as
        the JSON texts V8 made. With `chain`, each message gets the unit's state the one before
        left; `verify` as for `run`. The batch has one time limit, a message's: the node runs a batch that fails
        again one message at a time, so that only the message at fault fails. `inline`: units with
        state whose messages may run within the messages that post them, with their states
        (runtime/run.js, runInline); only in the first call.

        A message that entered an async function kept whole takes more calls: V8 runs that
        function's continuations between two of them (runtime/run.js)."""
        what = "the message" if len(message_texts) == 1 else f"a batch of {len(message_texts)} messages"
        limit_ms = self.load_limit_ms if is_main(message_texts) else self.time_limit_ms
        deadline = time.monotonic() + limit_ms / 1000
        results = []
        inline_json = json.dumps(inline) if inline else None
        with self.limits(what, limit_ms):
            while len(results) < len(message_texts):
                rest = message_texts[len(results):]
                out = self.host("runBatch", rest, state_text, chain, os.urandom(ENTROPY_BYTES * len(rest)).hex(),
                                json.dumps(verify), inline_json, timeout_s=self.left(deadline))
                inline_json = None  # the states it was given may be behind those the call left
                parts = out.split("\n") if isinstance(out, str) else [out]
                while isinstance(parts[-1], str) and parts[-1].startswith(PENDING[:-1]):
                    self.answer_redis(json.loads(parts[-1]).get("redis"), message_texts[len(results) + len(parts) - 1],
                                      deadline)
                    parts[-1] = self.host("resume", timeout_s=self.left(deadline))
                results += parts
                if chain and len(results) < len(message_texts):  # the rest start from the state this one left
                    state = json.loads(parts[-1]).get("state")
                    state_text = state if isinstance(state, str) else state_text
        for out in results:
            if not isinstance(out, str) or len(out) > MAX_RESULT_CHARS:
                raise MessageFailed("crash", f"the message's result is over {MAX_RESULT_CHARS // 2 ** 20} MB")
        return results

    def answer_redis(self, commands, message_text, deadline):
        """Redis commands a message waits for (runtime/run.js, "Redis replies inside the
        message"): `self.ask` runs them on the node, which journals their replies."""
        if not commands:
            return
        if self.ask is None:
            error = {"$": "err", "v": {"name": "Error", "message": "Liquefy: no Redis here"}}
            replies = {c["n"]: [error, None] for c in commands}
        else:
            message_id = json.loads(message_text).get("id")
            replies = self.ask({"redis": commands, "message": message_id}, self.left(deadline))
        self.host("takeReplies", json.dumps(replies), timeout_s=self.left(deadline))

    @staticmethod
    def left(deadline):
        left = deadline - time.monotonic()
        if left <= 0:
            raise JSTimeoutException()
        return left

    def heap_used(self):
        try:
            return self.ctx.heap_stats().get("used_heap_size", 0)
        except Exception:  # noqa: BLE001 - statistics must never break a node
            return 0

    def close(self):
        try:
            self.ctx.close()
        except Exception:  # noqa: BLE001
            pass
