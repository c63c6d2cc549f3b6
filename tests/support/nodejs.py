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
    """Every service folder of tests/services, sorted by name."""
    return sorted(p for p in SERVICES.iterdir() if (p / "app.js").is_file())


# Services that do not answer as Node.js yet, and why: strict xfails, so that a fix shows.
KNOWN_GAPS = {
    "pkg-express-rate-limit": "state a package keeps in the closures of a function it made: express-rate-limit's "
                              "memory store (its hits per key) is reachable only from the middleware rateLimit() "
                              "returns; made again in each message from its call, it would count afresh, so the "
                              "runtime fails it with 'keeps its state in its own closures' (runtime/core.js, "
                              "quietly) instead of letting every request through",
    "fresh5-schema-models": "a class made by a function at load (`define(name, schema)` returning a class "
                            "expression whose accessors it defines in a loop): only top-level classes travel "
                            "(by name); main's snapshot cannot carry the class (`Liquefy cannot carry the "
                            "function User across a stream`), nor instances of it with their prototype",
    "fresh6-circular-modules": "a module writing its own exports from a function (`module.exports.transfers += 1` "
                               "in ledger.js, read as `ledger.transfers` by app.js): the analysis does not count "
                               "it as a write of the variables other modules bind those exports to, and counting "
                               "it is not enough: a node restores such a variable as a copy while the module's "
                               "functions keep writing the `exports`/`module.exports` object it loaded, so the "
                               "write is lost (`transfers: 0` where Node.js answers 1). A fix copying restored "
                               "exports into the loaded object broke fresh2-cookie-prefs' getter on its exports "
                               "and was taken back",
    "fresh6-anonymous-controller": "state of an instance no variable holds: `app.use('/counters', new "
                                   "CounterController().router)`, whose class-field arrow handlers (registered "
                                   "in its constructor as `this.bump`) change `this.counts` and `this.#hits`; "
                                   "a unit keeps module variables (and closures' cells), so the instance, reached "
                                   "only through the router's handlers, comes from main's snapshot in every "
                                   "message and its changes are lost (`value: 4` where Node.js answers 5; "
                                   "verify mode reports the writes). Held in a variable, it works "
                                   "(fresh6-modern-classes)",
    "fresh7-async-pages": "`for await` keeps its async function whole (analyzer/asyncsplit.py: one fluxion, V8's "
                          "own promises), and what it iterates awaits `fetchPage`, whose `await new Promise((r) "
                          "=> setImmediate(r))` settles in another message: an immediate (or any timer) is a "
                          "message of its own, and a split async function's continuation is posted too, so the "
                          "message ends with the kept-whole function waiting (runtime/core.js finishRun: 'an async "
                          "function kept whole ... awaits something that settles in another message') and the "
                          "request gets no answer (500). GET /items, awaiting `fetchPage` in a split handler, "
                          "answers as Node.js",
    "pkg-lru-cache-fetch": "lru-cache's `fetchMethod`, an async function of the service handed to the package in "
                           "the top-level `new LRUCache({...})` options and called by `cache.fetch(k)` inside a "
                           "handler: the analysis does not see that the handler runs it, so the handler is stateless "
                           "while the callback writes `loads` (verify mode: 'fluxion get_price_item wrote loads ... "
                           "though analyzed as stateless'); and the handler's continuation after `await "
                           "cache.fetch(k)` cannot carry the cache's pending BackgroundFetch",
    "pkg-luxon": "a luxon DateTime kept in the service's state travels as an instance of luxon's exported DateTime, "
                 "but its `loc` (a Locale) and the objects inside it are of classes luxon does not export: no path "
                 "reaches their prototypes, so they arrive as plain objects and `toFormat` fails with "
                 "'this.loc.redefaultToEN is not a function' (only exported classes' instances keep their prototype)",
    "fresh8-blog": "express-promise-router: `const router = Router()` in routes/posts.js, exported and mounted by "
                   "app.js (`app.use('/posts', posts)`); the package wraps each handler in a function of its own, "
                   "named after the handler, so main's snapshot, which carries the mounted router's layers, fails "
                   "the deployment: 'main failed: Liquefy cannot carry the function get_18 across a stream: it is "
                   "not code of the service'",
    "fresh8-guestbook": "nunjucks as Express's view engine: `nunjucks.configure(dir, { express: app })` sets the "
                        "app's `view` setting to NunjucksView, a class nunjucks makes inside that call; the call is "
                        "not a setup (an argument is the service's app), so main's snapshot carries the app's "
                        "settings and fails the deployment: 'main failed: Liquefy cannot carry the function "
                        "NunjucksView across a stream: it is not code of the service'",
    "fresh8-ledger": "instances of a class a package call made: `const FX = BigNumber.clone({...})` (a setup, made "
                     "again on every node), `rates = { USD: new FX('1.0825') }` in the service's state: FX is not "
                     "exported, so no path reaches its prototype and the rates arrive as plain `{s, e, c}` objects "
                     "(`USD: 'NaN'` where Node.js answers 72.72). decimal.js's exported Decimal instances travel",
    "fresh8-notify": "mitt's emitter (`const audit = mitt()`, its on/off/emit closures of mitt's) cannot travel: "
                     "each node makes its own and the isolate that last ran the unit keeps it live, but the handler "
                     "a request registered is also kept in the service's state (`watchers[name]`), restored as a new "
                     "function object each message, so `audit.off('ship', handler)` finds nothing to remove "
                     "(`shipHandlers: 2` where Node.js answers 1)",
    "pkg-passport": "passport calls the service's deserializeUser synchronously, from its session middleware, "
                    "inside the message of another unit (pkg_made_session, after express-session's store): the "
                    "function is of grp_users (it reads `users`), but the runtime runs it there with main's copy "
                    "of `users`, not the unit's state, so `req.user` is a copy and `req.user.visits += 1` in "
                    "GET /me (grouped with `users` by the analysis: state handed to outside code may come back "
                    "on the request) changes the copy (`visits: 1` twice where Node.js answers 1 then 2). Such a "
                    "call is not caught yet; the service's log says so (runtime/core.js, noteForeignUnit)",
    "fresh8-jobs": "winston's logger is made in main from the service's own transport instance (`createLogger({ "
                   "transports: [memory, ...] })` with `memory` a subclass of winston-transport's stream): not a "
                   "setup (an argument is a variable of the service), so main's snapshot must carry the logger, "
                   "whose functions are winston's closures: the deployment fails with 'main failed: Liquefy cannot "
                   "carry the function (anonymous) across a stream'",
}
# Gaps that show only while units move (test_answers_while_moving.py).
KNOWN_GAPS_WHILE_MOVING = {
    "pkg-lru-cache": "lru-cache's LRUCache keeps its entries in private fields, which no code outside its class can "
                     "read: the instance travels as its top-level `new` and only the isolate that last ran its unit "
                     "keeps the instance itself (runtime/core.js, liveMade); once the unit moves, the node it "
                     "arrives on makes an empty cache again (docs/packages.md)",
    "fresh3-lodash-memo": "`_.once`'s done flag lives in lodash's closure, which cannot travel: the function is "
                          "kept alive only in the isolate that last ran its unit (runtime/core.js, liveMade); "
                          "once the unit moves, the node it arrives on makes `_.once(fn)` again, its flag unset, "
                          "so the next request seeds `settings` again over the theme a PUT set (docs/packages.md)",
}


def with_known_gaps(names_or_paths, moving=False):
    """pytest params, the KNOWN_GAPS (and, `moving`, KNOWN_GAPS_WHILE_MOVING) marked as strict xfails."""
    import pytest
    gaps = dict(KNOWN_GAPS, **(KNOWN_GAPS_WHILE_MOVING if moving else {}))
    out = []
    for item in names_or_paths:
        name = getattr(item, "name", item)
        marks = [pytest.mark.xfail(strict=True, reason=gaps[name])] if name in gaps else []
        out.append(pytest.param(item, marks=marks, id=name))
    return out


def needs_redis(service_dir):
    return "REDIS_URL" in (Path(service_dir) / "app.js").read_text()


def needs_redis4(service_dir):
    """A service that calls `client.connect()` uses node-redis 4's promise API, as
    the runtime decides; under Node.js its require('redis') gets node-redis 4."""
    return needs_redis(service_dir) and ".connect()" in (Path(service_dir) / "app.js").read_text()


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


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


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
            proc = subprocess.Popen([NODE, *preloads(service_dir), "app.js"], cwd=work, env=env,
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
