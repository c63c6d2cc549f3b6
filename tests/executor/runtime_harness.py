"""A service run by the runtime in mini-racer, without Redis or nodes.

    svc = LocalService({"app.js": "..."}, nodes=2)
    svc.request("GET", "/items")  # -> Answer(status, headers, body)

Main runs in the first isolate; the others load main's snapshot, as the nodes
of another machine would. Each message (a request, then every message its
effects post, timers by due time on a simulated clock) runs in the next
isolate in turn, so values cross a serialization boundary between any two
messages. Unit states are kept here as Redis would keep them. Joins and shared
promises (which the executor keeps in Redis) are not simulated: `emitted` lists
every effect, those asking for them included. Isolates are created one after
the other, in the calling thread.
"""
import base64
import heapq
import itertools
import json
import os
from dataclasses import dataclass, field

from executor import keys, protocol
from executor.deploy import build
from executor.isolate import Isolate


@dataclass
class Answer:
    status: int
    headers: list
    body: bytes
    logs: list = field(default_factory=list)
    errors: list = field(default_factory=list)

    def header(self, name):
        found = [v for k, v in self.headers if k.lower() == name.lower()]
        return found[-1] if found else None

    @property
    def text(self):
        return self.body.decode("utf-8", "replace")

    def json(self):
        return json.loads(self.body)


# Verify mode's caps, as the nodes have them (docs/executor.md); on when the tests run
# (tests/session_redis.py): a verify error fails the request (VerifyFailed).
VERIFY_CAPS = {"maxValues": 50_000, "maxDepth": 32}


class VerifyFailed(AssertionError):
    pass


class LocalService:
    def __init__(self, files, nodes=2, env=None, overrides=None,
                 verify=VERIFY_CAPS if os.environ.get("LIQUEFY_VERIFY") == "1" else None):
        files = {k: v.encode() if isinstance(v, str) else v for k, v in files.items()}
        _, bundle, files = build("local", files, overrides=overrides, env=env)
        self.verify = verify  # verify mode's caps ({maxValues, maxDepth}), or None
        self.fail_on_verify = True
        self.verified = []  # each verified message's report: {wrote, capped, values}
        self.files = {p: base64.b64encode(c.encode() if isinstance(c, str) else c).decode() for p, c in files.items()}
        self.bundle = bundle
        self.units = set(bundle["units"])
        self.fluxion_unit = {f: info["unit"] for f, info in bundle["config"]["fluxions"].items()}
        self.states = {}
        self.isolates = [self.isolate(None)]
        self.ids = itertools.count()
        self.turn = itertools.cycle(range(nodes))
        self.clock = 0
        self.logs, self.errors = [], []
        self.emitted = []  # every effect of every message run, as the runtime encoded it
        rid = "main"
        result = self.isolates[0].run(json.dumps({"id": rid, "k": "main", "unit": keys.MAIN_UNIT, "rid": rid,
                                                 "fx": "main", "t": 0}), None)
        if result.get("error"):
            raise RuntimeError(f"main failed: {result['error']['message']}")
        self.emitted += result["effects"]
        main = next(e for e in result["effects"] if e["op"] == "main")
        self.snapshot = main["snapshot"]
        self.states.update({u: s for u, s in main["units"].items() if s is not None})
        # a unit kept live runs in the isolate that holds it, as the placement pins it to its node
        self.pinned = {u: 0 for u in (self.units if main.get("whole") else main.get("live") or {})}
        self.isolates += [self.isolate(self.snapshot) for _ in range(nodes - 1)]

    def isolate(self, snapshot):
        return Isolate("local", 1, self.bundle, snapshot, self.files, 1, self.units, time_limit_ms=5000)

    def close(self):
        for iso in self.isolates:
            iso.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def request(self, method, url, headers=None, body=b""):
        """Runs the request and everything it posts until the queue is empty."""
        if isinstance(body, str):
            body = body.encode()
        headers = {k.lower(): v for k, v in (headers or {}).items()}
        if body:
            headers.setdefault("content-length", str(len(body)))
        rid = f"r{next(self.ids)}"
        message = {"id": rid, "k": "http", "unit": keys.HTTP_UNIT, "rid": rid, "t": 0,
                   "req": {"method": method, "url": url, "headers": headers, "ip": "::ffff:127.0.0.1",
                           "body": base64.b64encode(body).decode()}}
        queue = [(self.clock, next(self.ids), message)]
        answer = None
        self.logs, self.errors = [], []
        while queue:
            due, _, msg = heapq.heappop(queue)
            self.clock = max(self.clock, due)
            for effect in self.run(msg):
                if effect["op"] == "respond" and effect["rid"] == rid and answer is None:
                    answer = Answer(effect["status"], effect["headers"], base64.b64decode(effect["body"]))
                elif effect["op"] == "post":
                    heapq.heappush(queue, (self.clock + (effect.get("delay") or 0), next(self.ids),
                                           self.call_message(msg, effect)))
                elif effect["op"] == "log":
                    self.logs.append(effect["text"])
                elif effect["op"] == "error":
                    self.errors.append(effect["error"])
        if answer is not None:
            answer.logs, answer.errors = self.logs, self.errors
        return answer

    def call_message(self, message, effect):
        unit = effect.get("unit") or self.fluxion_unit.get(effect.get("target")) or message["unit"]
        return dict(protocol.call_message(unit, effect, message, message["unit"]), id=f"m{next(self.ids)}", t=0)

    def run(self, message):
        unit = message["unit"]
        at = self.pinned[unit] if unit in self.pinned else next(self.turn)
        result = self.isolates[at].run(json.dumps(message), self.states.get(unit), self.verify)
        if result.get("live"):
            self.pinned.setdefault(unit, at)
        if "verify" in result:
            self.verified.append(dict(result["verify"], fx=message.get("fx"), invoked=result.get("invoked")))
            if result["verify"]["wrote"] and self.fail_on_verify:
                raise VerifyFailed(f"verify mode: {message.get('fx') or result.get('invoked')} wrote "
                                   f"{result['verify']['wrote']} though analyzed as stateless")
        if result.get("state") is not None:
            self.states[unit] = result["state"]
        if result.get("error"):
            self.errors.append(result["error"])
        self.emitted += result["effects"]
        return result["effects"]
