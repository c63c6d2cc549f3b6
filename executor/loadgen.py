"""The load generator: requests to a deployed service, at a rate or with a number
of clients, for a while; results every second and in total.

It runs server-side, as a Celery task on the control worker (queue `liquefy`),
and sends its requests the way the gateway does (executor.gateway.send). Each
second it publishes what happened (`load.<slug>` Channels group) and keeps it;
the run's summary is kept in the project's list of runs.
"""
import asyncio
import json
import math
import random
import time
import uuid

from . import keys, live
from .metrics import bucket, percentile

MAX_DURATION_S = 600
MAX_RATE = 2000
MAX_CONCURRENCY = 64
MAX_ROUTES = 50
MAX_BODY_BYTES = 64 * 1024
MAX_REQUESTS = 200_000           # rate × duration of one run
MAX_BYTES = 256 * 2 ** 20        # rate × duration × body of one run


class Plan:
    """What to send: routes [{"method", "path", "weight", "body"}], a rate (requests/s,
    open loop) or a concurrency (closed loop), and a duration."""

    def __init__(self, routes, rate=None, concurrency=None, duration_s=10):
        if not routes:
            raise ValueError("pick at least one route")
        for name, value in (("rate", rate), ("concurrency", concurrency), ("duration", duration_s)):
            if value is not None and not finite_number(value):
                raise ValueError(f"the {name} must be a finite number")
        if (rate is None) == (concurrency is None):
            raise ValueError("give either a rate or a concurrency")
        if rate is not None and not 0 < rate <= MAX_RATE:
            raise ValueError(f"the rate must be between 1 and {MAX_RATE} requests per second")
        if concurrency is not None and not 0 < concurrency <= MAX_CONCURRENCY:
            raise ValueError(f"the concurrency must be between 1 and {MAX_CONCURRENCY} clients")
        if not 0 < duration_s <= MAX_DURATION_S:
            raise ValueError(f"the duration must be between 1 and {MAX_DURATION_S} seconds")
        if len(routes) > MAX_ROUTES:
            raise ValueError(f"at most {MAX_ROUTES} routes a run")
        self.routes = [dict(method=str(r.get("method", "GET")).upper(), path=str(r.get("path", "/")),
                            weight=route_weight(r), body=r.get("body")) for r in routes]
        self.rate, self.concurrency, self.duration_s = rate, concurrency, duration_s
        self.check_volume()

    def check_volume(self):
        """What one run may send at most, whatever its rate, duration and bodies."""
        biggest = max(len(body_bytes(r["body"])) for r in self.routes)
        if biggest > MAX_BODY_BYTES:
            raise ValueError(f"a request body may be {MAX_BODY_BYTES // 1024} KB at most")
        if self.rate is not None:
            requests = self.rate * self.duration_s
            if requests > MAX_REQUESTS:
                raise ValueError(f"rate × duration is {requests:g} requests; a run sends {MAX_REQUESTS} at most")
            if requests * biggest > MAX_BYTES:
                raise ValueError(f"rate × duration × body is {requests * biggest / 2 ** 20:.0f} MB; "
                                 f"a run sends {MAX_BYTES // 2 ** 20} MB at most")

    def as_dict(self):
        return {"routes": self.routes, "rate": self.rate, "concurrency": self.concurrency,
                "duration_s": self.duration_s}

    def pick(self, rng):
        return rng.choices(self.routes, weights=[r["weight"] for r in self.routes])[0]


def finite_number(value):
    return isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value)


def route_weight(route):
    """A route's weight: a finite number above 0 (NaN would make every pick fail in the worker)."""
    weight = route.get("weight", 1)
    if not finite_number(weight) or weight <= 0:
        raise ValueError(f"a route's weight must be a finite number above 0, not {weight!r}")
    return float(weight)


class Tally:
    def __init__(self):
        self.sent = self.ok = self.failed = 0
        self.buckets = {}
        self.status = {}

    def add(self, status, ms):
        self.sent += 1
        if 200 <= status < 500:
            self.ok += 1
        else:
            self.failed += 1
        k = bucket(ms)
        self.buckets[k] = self.buckets.get(k, 0) + 1
        self.status[str(status)] = self.status.get(str(status), 0) + 1

    def as_dict(self, seconds):
        return {"sent": self.sent, "ok": self.ok, "failed": self.failed,
                "rate": round(self.sent / seconds, 2) if seconds else 0,
                "p50": percentile(self.buckets, 0.5), "p95": percentile(self.buckets, 0.95),
                "p99": percentile(self.buckets, 0.99), "status": self.status}


def body_bytes(body):
    return json.dumps(body).encode() if isinstance(body, (dict, list)) else str(body or "").encode()


async def one_request(slug, route, tally, second_tally):
    from .gateway import send
    data = body_bytes(route["body"])
    headers = {"content-type": "application/json", "content-length": str(len(data))} if data else {}
    started = time.perf_counter()
    try:
        status, _, _ = await send(slug, route["method"], route["path"], headers, data)
    except Exception:  # noqa: BLE001 - a failed request is a result, not a crash
        status = 599
    ms = (time.perf_counter() - started) * 1000
    tally.add(status, ms)
    second_tally.add(status, ms)


async def run_plan(slug, plan, on_second, seed=0, cancelled=lambda: False):
    """Sends the plan's requests; calls on_second(second index, tally of that second).
    `cancelled()`, asked every second, ends the run early."""
    rng = random.Random(seed)
    total = Tally()
    started = time.monotonic()
    times = {"end": started + plan.duration_s}
    current = {"tally": Tally(), "index": 0}
    tasks = set()

    async def ticker():
        while time.monotonic() < times["end"] + 0.5:
            await asyncio.sleep(1 - ((time.monotonic() - started) % 1))
            finished, current["tally"] = current["tally"], Tally()
            current["index"] += 1
            on_second(current["index"], finished)
            if cancelled():
                times["end"] = min(times["end"], time.monotonic())

    async def client_loop():
        while time.monotonic() < times["end"]:
            await one_request(slug, plan.pick(rng), total, current["tally"])

    tick = asyncio.ensure_future(ticker())
    if plan.concurrency:
        await asyncio.gather(*(client_loop() for _ in range(plan.concurrency)))
    else:
        interval = 1 / plan.rate
        n = 0
        while True:
            due = started + n * interval
            if due >= times["end"]:
                break
            delay = due - time.monotonic()
            if delay > 0:
                await asyncio.sleep(delay)
            task = asyncio.ensure_future(one_request(slug, plan.pick(rng), total, current["tally"]))
            tasks.add(task)
            task.add_done_callback(tasks.discard)
            n += 1
        if tasks:
            await asyncio.gather(*tasks)
    tick.cancel()
    elapsed = time.monotonic() - started
    on_second(current["index"] + 1, current["tally"])
    return total.as_dict(elapsed), elapsed


def execute(r, slug, run_id, plan, publish):
    """Runs a plan to the end, publishing each second; returns the summary."""
    def on_second(index, tally):
        entry = dict(tally.as_dict(1), second=index, run=run_id, ts=int(time.time() * 1000))
        r.rpush(keys.load_run(slug, run_id), json.dumps(entry))
        r.expire(keys.load_run(slug, run_id), 24 * 3600)
        message = {"type": live.LOAD, "run": run_id, "second": entry}
        try:  # inside the generator's event loop: publish from a thread (the layer is called synchronously)
            asyncio.get_running_loop().run_in_executor(None, publish, live.load_group(slug), message)
        except RuntimeError:
            publish(live.load_group(slug), message)

    r.hset(keys.load_runs(slug), run_id, json.dumps({"run": run_id, "plan": plan.as_dict(), "state": "running",
                                                     "started_ms": int(time.time() * 1000)}))
    stop = keys.load_cancel(slug, run_id)
    summary, elapsed = asyncio.run(run_plan(slug, plan, on_second, cancelled=lambda: bool(r.exists(stop))))
    state = "cancelled" if r.exists(stop) else "done"
    record = {"run": run_id, "plan": plan.as_dict(), "state": state, "elapsed_s": round(elapsed, 2),
              "started_ms": json.loads(r.hget(keys.load_runs(slug), run_id))["started_ms"], **summary}
    r.hset(keys.load_runs(slug), run_id, json.dumps(record))
    publish(live.load_group(slug), {"type": live.LOAD, "run": run_id, "summary": record})
    return record


def run_task(r, slug, run_id, plan, publish):
    """The control worker's task: runs `plan` (a dict, as sent); a plan that cannot run, or a run
    that fails, ends as `failed` with its reason instead of staying `queued` or `running`."""
    try:
        return execute(r, slug, run_id, Plan(**plan), publish)
    except Exception as e:  # noqa: BLE001 - the run's record must say it ended
        old = r.hget(keys.load_runs(slug), run_id)
        record = {**(json.loads(old) if old else {"run": run_id}), "state": "failed", "error": str(e)[:300]}
        r.hset(keys.load_runs(slug), run_id, json.dumps(record))
        publish(live.load_group(slug), {"type": live.LOAD, "run": run_id, "summary": record})
        return record


def new_run_id():
    return uuid.uuid4().hex[:12]
