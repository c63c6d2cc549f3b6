"""Running a test service under real Node.js + Express, replaying its requests.

    with redis_server() as redis_url, NodeService(SERVICES / "redis-kv", redis_url) as base:
        answers = replay(base, load_requests(SERVICES / "redis-kv"))
    [comparable(a) for a in answers]

Also a command, to see what Node.js answers: python -m tests.support.nodejs SERVICE_DIR
"""
import contextlib
import json
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import httpx

from executor import redis_server as redis_servers
from executor.packages import express_major
from tests.support.ports import free_port

TESTS = Path(__file__).resolve().parent.parent
SERVICES = TESTS / "services"
NODE_MODULES = TESTS / "node" / "node_modules"
REDIS4_PRELOAD = TESTS / "support" / "redis4.js"
REDIS4_ESM_PRELOAD = TESTS / "support" / "redis4-esm.mjs"
EXPRESS5_PRELOAD = TESTS / "support" / "express5.js"
EXPRESS5_ESM_PRELOAD = TESTS / "support" / "express5-esm.mjs"
NODE = shutil.which("node") or "/usr/bin/node"

# Headers that change from run to run or describe the connection, never compared.
NOISE = {"date", "etag", "last-modified", "x-powered-by", "content-length",
         "connection", "keep-alive", "transfer-encoding"}


@dataclass(frozen=True)
class Response:
    status: int
    content_type: str  # as sent, "" when absent
    body_text: str     # UTF-8; bytes that are not UTF-8 as \\xNN escapes
    headers: dict      # lower-case name -> value (repeated ones joined by ", "), NOISE left out


def services():
    """Every service folder of tests/services (one with a requests.json and an entry file), sorted by name."""
    return sorted(p for p in SERVICES.iterdir() if (p / "requests.json").is_file() and entry_file(p))


def entry_file(service_dir):
    """The file `node .` (or its `npm start`) runs, as Liquefy finds it (analyzer.source.find_entry): app.js,
    or package.json's `main` (`src/server.js`) for a service laid out as projects are, without an app.js."""
    from analyzer.source import find_entry
    service_dir = Path(service_dir)
    if (service_dir / "app.js").is_file():
        return "app.js"
    files = {p.relative_to(service_dir).as_posix(): b"" for p in service_dir.rglob("*")
             if p.is_file() and "node_modules" not in p.parts}
    if "package.json" in files:
        files["package.json"] = (service_dir / "package.json").read_bytes()
    return find_entry(files)


def node_entry(service_dir):
    """The file Node.js runs for the service: app.js when it listens itself (the tests' own layout), else the
    file `npm start` runs (`node ./bin/www`, express-generator's layout, whose app.js only exports the app),
    else the entry Liquefy finds."""
    service_dir = Path(service_dir)
    app_js = service_dir / "app.js"
    if app_js.is_file() and ".listen(" in app_js.read_text():
        return "app.js"
    from analyzer.source import start_script_file
    manifest = service_dir / "package.json"
    start = start_script_file(json.loads(manifest.read_text())) if manifest.is_file() else None
    if start and (service_dir / start).is_file():
        return start
    return entry_file(service_dir)


def source_text(service_dir):
    """What the Redis checks read: app.js, or without one every JavaScript file of the service (its config
    reads REDIS_URL in src/config.js)."""
    service_dir = Path(service_dir)
    if (service_dir / "app.js").is_file():
        return (service_dir / "app.js").read_text()
    return "\n".join(p.read_text() for p in sorted(service_dir.rglob("*")) if p.suffix in (".js", ".mjs", ".cjs")
                     and "node_modules" not in p.parts)


# Services that do not answer as Node.js yet, and why: strict xfails, so that a fix shows.
KNOWN_GAPS = {
    "pkg-async-mutex": "a function a package made (async-mutex's `release`) handed to the service's 500 ms "
                       "`setTimeout` runs in the message that set it, on the message's own clock (package "
                       "callbacks of timers up to 1 s: docs/packages.md), so the mutex is free again before the "
                       "next request, where Node.js still holds it (`ran` where Node.js answers `admin busy`)",
    "pkg-rxjs": "rxjs keeps subscriptions in its Subjects' closures: a subscription made in main from one Subject "
                "to another (`cart$` feeding the ReplaySubject `notices$`) writes `notices$` in the unit of "
                "`cart$`, which the analysis cannot see, so `notices$`'s unit never gets its values (the request "
                "hangs); a Subscription kept in the service's state and a Subscriber captured by the service's "
                "interval callback cannot travel ('cannot carry the function (anonymous)', '... next')",
    "fresh20-mock-server": "routes registered at run time: `stubs[method](path, handler)` in the `POST /__mocks` "
                           "handler adds a layer to the router `stubs` (mounted at /api) that the analysis does not "
                           "see as a write (a router is no variable of the graph: routes are what main registered), "
                           "so the stub exists only in the copy of `stubs` in the isolate that ran the handler; "
                           "requests to /api are dispatched from main's routing, where `stubs` has no layer, and "
                           "fall through to the 404 (every `GET /api/users` answers `no stub`, hits stay 0; "
                           "Node.js answers the stubs)",
    "fresh21-channel-cache": "`BroadcastChannel` and `MessageChannel` are not globals of the isolates (deploy fails: "
                             "`cache.js:6:32: main failed: BroadcastChannel is not defined`; worker_threads' "
                             "`new MessageChannel()` throws ERR_LIQUEFY_UNAVAILABLE, executor/runtime/http.js): a "
                             "port's `postMessage` would have to post a message running the other port's listeners "
                             "in their unit, and a BroadcastChannel reach every instance of its name, kept in "
                             "whatever units hold them, through a registry that no unit's state holds",
    "fresh25a-wallet-watch": "ioredis's `watch`/`unwatch` (optimistic locking: WATCH the balances, read, MULTI, EXEC "
                             "answering null when a watched key changed, retried) are refused (`ERR Liquefy: the Redis "
                             "command 'watch' is not available`, docs/executor.md): WATCH is a state of one Redis "
                             "connection, while a service's commands run on its node's shared connection, one "
                             "message's effects after another's and the EXEC often on another node; offering it "
                             "needs the node to keep what each watched key held at WATCH (per project and client) "
                             "and EXEC to compare it in the same step as the transaction (executor/kv.py's journaled "
                             "script), so every transfer answers 500 where Node.js moves the money",
    "fresh25a-esm-pubsub-notifier": "node-redis 4's pub/sub is refused, so the deploy fails (`app.js:21:32: main "
                                    "failed: Liquefy: node-redis 4's subscribe() is not available`): a subscriber "
                                    "(`publisher.duplicate()` with `subscribe(channel, listener)` and `pSubscribe`) "
                                    "holds a connection that Redis pushes messages to; Liquefy would need each node "
                                    "to subscribe for the project and post every message it receives, once, to the "
                                    "unit of the listener (here the one holding `inbox`), and `publish` to answer the "
                                    "number of subscribers the service's own listeners count as",
    "fresh27e-redis4-lua-limiter": "Lua scripting is refused: node-redis 4's `evalSha` (and `scriptLoad`, `eval`) "
                                   "answer `Liquefy: node-redis 4's evalSha() is not available to services` (executor/"
                                   "kv.py OFFERED has no EVAL/EVALSHA/SCRIPT), so every rate-limited request answers "
                                   "500 where Node.js answers 200 or 429, and the compare-and-delete lock release "
                                   "(`eval`) fails too; offering scripts needs kv.py to run a service's script inside "
                                   "the message's journaled script (a Lua script cannot EVAL another), with KEYS under "
                                   "the project's prefix, keys a script builds from ARGV refused or prefixed, and the "
                                   "quota measured around the keys it names",
    "fresh27e-ioredis-seats-watch": "the deploy fails (`app.js:11:21: main failed: Liquefy: ioredis's defineCommand() "
                                    "is not available`): `defineCommand` registers a Lua script (refused as "
                                    "fresh27e-redis4-lua-limiter's EVALSHA is), and the bookings use `watch`/`unwatch` "
                                    "with a MULTI whose EXEC answers null when the watched hash changed, refused as "
                                    "in fresh25a-wallet-watch (WATCH is a state of one connection; offering it needs "
                                    "the node to keep what each watched key held and EXEC to compare it in the same "
                                    "step as the transaction)",
    "fresh27e-ioredis-rlflex-login": "the deploy fails (`app.js:11:37: main failed: Liquefy: ioredis's defineCommand() "
                                     "is not available`): rate-limiter-flexible's RateLimiterRedis calls "
                                     "`defineCommand('rlflxIncr', ...)` in its constructor on any client that has one, "
                                     "and consumes points with that Lua script (with node-redis 4 it calls `eval`, refused "
                                     "too), so the popular login-throttling setup cannot run until Lua scripts are "
                                     "offered (see fresh27e-redis4-lua-limiter)",
    "fresh27e-redis4-stream-groups": "streams' consumer groups are refused: node-redis 4's `xGroupCreate`, `xReadGroup`, "
                                     "`xAck`, `xAutoClaim` and `xPending` throw `Liquefy: node-redis 4's xPending() is "
                                     "not available` (executor/kv.py OFFERED has XADD/XRANGE/XREAD but no XGROUP, "
                                     "XREADGROUP, XACK, XCLAIM, XAUTOCLAIM, XPENDING, XINFO), so every route but "
                                     "`POST /events` answers 500; without BLOCK they block nothing and could be offered: "
                                     "XGROUP's subcommands need their key specs (`xgroup|create`), XREADGROUP's "
                                     "growth of the pending list is not bounded by its arguments (the quota), and "
                                     "node-redis 4's methods and reply transforms regenerated (runtime/vendor_redis4.py)",
}
# Gaps that show only while units move (test_answers_while_moving.py).
KNOWN_GAPS_WHILE_MOVING = {
}


# Services that answered differently in some runs only, whose cause is not found yet: a non-strict xfail
# (a pass is the usual outcome), so that the difference stays on record without failing a run it does
# not show in. Each says what was seen and under which conditions.
INTERMITTENT = {
    "fresh27a-tsc-tslib-polls": "tsc's `importHelpers` output: `tslib_1.__decorate([(0, audit_1.Audited)('vote')], "
                                "PollBox.prototype, \"vote\", null)` calls the decorator from tslib, so its "
                                "`descriptor` parameter (and the wrapper's captured `original = descriptor.value`) is "
                                "an outside value to the analysis, not the class's method as with the `__decorate` tsc "
                                "inlines (where the service answers right on two nodes): `original` is a stream "
                                "variable, and on the node that did not run main the wrapper `descriptor.value = "
                                "function (...args) {...}` pushes to a copy of the audit trail (`/audit` answers 2 of "
                                "its 5 entries) when the decorated methods ran on both nodes; run on one node, the "
                                "answers match (on two nodes without moves 1 run of 2 failed, while moving 2 of 2); "
                                "the wrapper itself is found (ruptures.py `decorated_wrappers`)",
}


# The same, on two nodes while units move only: what decides it is where the moves leave the units.
INTERMITTENT_WHILE_MOVING = {
    "fresh20-reservations": "failed in every full CI run of 2026-12-06 (3 of 3), never alone, beside CPU burners "
                            "(28 runs) or in groups of 50 services. In the last, the first GET /stock found the 3 s "
                            "hold of reservation 1 already expired (mug held 0 where Node.js answers 3): more than 3 s "
                            "had passed over four requests, the moves pausing its unit on nodes that also ran hundreds "
                            "of projects left running by the tests before (their timers firing, their placement read "
                            "at every refresh). Each test now forgets its project; once (beside burners) a GET /stock "
                            "answered 500, cause not recorded",
    "fresh21-request-context": "`performance.mark()` keeps its entries in the isolate's runtime "
                               "(executor/runtime/node_globals.js, `perfEntries`), in no unit's state: on two nodes "
                               "`performance.getEntriesByType('mark')` in GET /logs lists only the marks the answering "
                               "node made (`reserve:pear`, `reserve:kiwi` where Node.js lists all four); the request "
                               "ids, log lines and counters kept through AsyncLocalStorage and queueMicrotask match. "
                               "When the moves leave the marking units on the answering node, all marks are there "
                               "and the answers match (a strict XPASS on merging, 2026-12-06)",
}


def with_known_gaps(names_or_paths, moving=False):
    """pytest params, the KNOWN_GAPS (and, `moving`, KNOWN_GAPS_WHILE_MOVING) marked as strict xfails,
    the INTERMITTENT ones (and, `moving`, INTERMITTENT_WHILE_MOVING) as non-strict ones."""
    import pytest
    gaps = dict(KNOWN_GAPS, **(KNOWN_GAPS_WHILE_MOVING if moving else {}))
    intermittent = dict(INTERMITTENT, **(INTERMITTENT_WHILE_MOVING if moving else {}))
    out = []
    for item in names_or_paths:
        name = getattr(item, "name", item)
        marks = [pytest.mark.xfail(strict=True, reason=gaps[name])] if name in gaps else []
        if name in intermittent:
            marks = [pytest.mark.xfail(strict=False, reason="intermittent: " + intermittent[name])]
        out.append(pytest.param(item, marks=marks, id=name))
    return out


def needs_redis(service_dir):
    return "REDIS_URL" in source_text(service_dir)


def needs_redis4(service_dir):
    """A service that calls `client.connect()` uses node-redis 4's promise API, as
    the runtime decides; under Node.js its require('redis') gets node-redis 4."""
    return needs_redis(service_dir) and ".connect()" in source_text(service_dir)


def needs_express5(service_dir):
    """A service whose package.json asks only for Express 5 gets it under Node.js, as
    the runtime then behaves as Express 5."""
    manifest = Path(service_dir) / "package.json"
    return manifest.is_file() and express_major(json.loads(manifest.read_text())) == 5


def preloads(service_dir):
    """node's --require/--import arguments: node-redis 4, Express 5 for the services that use them."""
    out = []
    if needs_redis4(service_dir):
        out += ["--require", str(REDIS4_PRELOAD), "--import", REDIS4_ESM_PRELOAD.as_uri()]
    if needs_express5(service_dir):
        out += ["--require", str(EXPRESS5_PRELOAD), "--import", EXPRESS5_ESM_PRELOAD.as_uri()]
    return out


def load_requests(service_dir):
    return json.loads((Path(service_dir) / "requests.json").read_text())



def _wait_for_port(port, proc, log, timeout=15):
    deadline = time.monotonic() + timeout
    while True:
        if proc.poll() is not None:
            raise RuntimeError(f"node exited with {proc.returncode}:\n{log.read_text()}")
        with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", port), timeout=0.2):
            return
        if time.monotonic() > deadline:
            raise RuntimeError(f"node did not listen on port {port}:\n{log.read_text()}")
        time.sleep(0.02)


def _stop(proc):
    proc.terminate()
    try:
        proc.wait(timeout=5)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()


@contextlib.contextmanager
def NodeService(service_dir, redis_url=None, env=None, node_modules=NODE_MODULES):
    """Runs a fresh copy of the service under Node.js; yields its base URL.

    NODE_ENV=production, so Express's error pages carry no stack trace. `env` adds
    environment variables; `node_modules` is the folder its packages come from."""
    service_dir = Path(service_dir)
    with tempfile.TemporaryDirectory(prefix=f"node-{service_dir.name}-") as tmp:
        work = Path(tmp) / service_dir.name
        shutil.copytree(service_dir, work)
        (work / "node_modules").symlink_to(node_modules, target_is_directory=True)
        port = free_port()
        env = dict(os.environ, PORT=str(port), NODE_ENV="production", **(env or {}))
        env.pop("REDIS_URL", None)
        if redis_url:
            env["REDIS_URL"] = redis_url
        log = Path(tmp) / "node.log"
        with open(log, "wb") as out:
            proc = subprocess.Popen([NODE, *preloads(service_dir), node_entry(service_dir)], cwd=work, env=env,
                                    stdin=subprocess.DEVNULL, stdout=out, stderr=subprocess.STDOUT)
        try:
            _wait_for_port(port, proc, log)
            yield f"http://127.0.0.1:{port}"
        finally:
            _stop(proc)


def _send(client, r):
    kwargs = {"headers": r.get("headers", {})}
    if "json" in r:
        kwargs["json"] = r["json"]
    elif "raw" in r:
        kwargs["content"] = r["raw"].encode()
    return client.request(r["method"], r["path"], **kwargs)


def _response(answer):
    headers = {}
    for name, value in answer.headers.multi_items():
        name = name.lower()
        if name not in NOISE:
            headers[name] = f"{headers[name]}, {value}" if name in headers else value
    return Response(answer.status_code, answer.headers.get("content-type", ""),
                    answer.content.decode("utf-8", "backslashreplace"), headers)


def _send_held(base_url, r, timeout):
    with httpx.Client(base_url=base_url, timeout=timeout, follow_redirects=False) as client:
        return _response(_send(client, r))


def replay(base_url, requests, timeout=10):
    """Sends the requests one after the other (sleeping delay_ms first); redirects are not followed.

    A request with `"hold": true` is sent on a connection of its own and not waited
    for: the next ones go on (a long poll answered by a later request); its answer
    keeps its place in the list."""
    answers = []
    with (httpx.Client(base_url=base_url, timeout=timeout, follow_redirects=False) as client,
          ThreadPoolExecutor(max_workers=8) as held):
        for r in requests:
            if r.get("delay_ms"):
                time.sleep(r["delay_ms"] / 1000)
            if r.get("hold"):
                answers.append(held.submit(_send_held, base_url, r, timeout))
            else:
                answers.append(_response(_send(client, r)))
        return [a.result() if isinstance(a, Future) else a for a in answers]


def comparable(response):
    """What must be equal between Node.js and Liquefy: status, body, media type and
    charset (lower case), Location and the x-* headers."""
    media, _, params = response.content_type.partition(";")
    charset = ""
    for param in params.split(";"):
        key, _, value = param.strip().partition("=")
        if key.lower() == "charset":
            charset = value.strip('"').lower()
    headers = {k: v for k, v in response.headers.items() if k == "location" or k.startswith("x-")}
    return {"status": response.status, "body": response.body_text,
            "media_type": media.strip().lower(), "charset": charset, "headers": headers}


@contextlib.contextmanager
def redis_server():
    """A private Redis server on a free port, files in a temp dir; yields its URL."""
    with tempfile.TemporaryDirectory(prefix="redis-") as tmp:
        port = free_port()
        proc, _, url = redis_servers.start(port, tmp)
        try:
            yield url
        finally:
            _stop(proc)


def run_service(service_dir, redis_url=None, node_modules=NODE_MODULES):
    """The service's answers to its requests.json, from a fresh start."""
    with NodeService(service_dir, redis_url, node_modules=node_modules) as base:
        return replay(base, load_requests(service_dir))


def main(service_dir):
    with contextlib.ExitStack() as stack:
        redis_url = stack.enter_context(redis_server()) if needs_redis(service_dir) else None
        for r, a in zip(load_requests(service_dir), run_service(service_dir, redis_url)):
            print(r["method"], r["path"], json.dumps(comparable(a), ensure_ascii=False))


if __name__ == "__main__":
    main(sys.argv[1])
