"""One V8 isolate running one project's code on one node, with its limits.

An isolate that timed out or ran out of memory is thrown away and rebuilt from
Redis before the next message: everything it held (the project's code, the
values main left, the file store) is there.
"""
import json
import time

from py_mini_racer import JSEvalException, JSOOMException, JSTimeoutException, MiniRacer

from . import runtime


class MessageFailed(Exception):
    """The message failed as a whole: the isolate itself had to stop it."""

    def __init__(self, reason, message):
        super().__init__(message)
        self.reason, self.message = reason, message


class Isolate:
    def __init__(self, slug, version, bundle, snapshot, files, files_version, local_units,
                 time_limit_ms=1000, heap_limit_mb=128):
        self.slug, self.version = slug, version
        self.time_limit_ms, self.heap_limit_mb = time_limit_ms, heap_limit_mb
        self.files_version = files_version
        started = time.perf_counter()
        self.ctx = MiniRacer()
        self.ctx.set_hard_memory_limit(heap_limit_mb * 1024 * 1024)
        for source in runtime.runtime_source():
            self.ctx.eval(source)
        self.ctx.call("__rt.configure", json.dumps(bundle["config"]))
        self.ctx.call("__rt.setLineMaps", json.dumps({m["path"]: m["lineMap"] for m in bundle["modules"]}))
        self.ctx.call("__rt.setLocal", json.dumps(sorted(local_units)))
        self.set_files(files, files_version)
        for module in bundle["modules"]:
            self.ctx.eval(module["code"])
        if snapshot is not None:
            self.ctx.call("__rt.loadMain", snapshot, timeout_sec=max(self.time_limit_ms, 5000) / 1000)
        self.load_ms = (time.perf_counter() - started) * 1000

    def set_files(self, files, version):
        self.ctx.call("__rt.setFiles", json.dumps(files), version)
        self.files_version = version

    def set_local(self, units):
        self.ctx.call("__rt.setLocal", json.dumps(sorted(units)))

    def run(self, message_text, state_text):
        """Runs one message; returns the runtime's result (state, effects, error).

        A message that entered an async function kept whole takes several calls: V8
        runs that function's continuations between two of them (runtime/core.js)."""
        deadline = time.monotonic() + self.time_limit_ms / 1000
        try:
            out = self.ctx.call("__rt.run", message_text, state_text, timeout_sec=self.time_limit_ms / 1000)
            while out == '{"pending":true}':
                left = deadline - time.monotonic()
                if left <= 0:
                    raise JSTimeoutException()
                out = self.ctx.call("__rt.resume", timeout_sec=left)
        except JSTimeoutException:
            raise MessageFailed("timeout", f"the message ran longer than {self.time_limit_ms} ms and was stopped") \
                from None
        except JSOOMException:
            raise MessageFailed("memory", f"the isolate's heap went over {self.heap_limit_mb} MB") from None
        except JSEvalException as e:
            raise MessageFailed("crash", str(e).splitlines()[0] if str(e) else "the runtime failed") from None
        return json.loads(out)

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
