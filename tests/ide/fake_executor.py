"""An in-memory twin of executor.api, for the IDE's unit tests."""
import time

from executor import api

NODES = ["node-a", "node-b"]


class FakeExecutor:
    def __init__(self, missing=False):
        self.missing = missing
        self.deployed = {}     # slug -> {"files", "overrides", "version"}
        self.units = {}        # slug -> placement
        self.entries = []      # log entries
        self.requests = []
        self.deploy_error = None
        self.frames_kept = {}  # slug -> metrics frames
        self.events_kept = {}  # slug -> events
        self.balancers = set()
        self.runs = {}         # slug -> [run record]
        self.plans = []        # (slug, routes, rate, concurrency, duration_s) started
        self.owners = {}       # slug -> owner, names the executor already holds
        self.forgotten = []    # slugs forgotten (their projects deleted)

    def install(self, monkeypatch):
        for name in ("deploy", "stop", "forget", "owner_of", "status", "nodes", "placement", "place", "logs", "request", "frames", "events",
                     "set_balancer", "balancer_on", "start_load", "cancel_load", "load_runs", "load_run"):
            monkeypatch.setattr(api, name, getattr(self, name))

    def check(self):
        if self.missing:
            raise NotImplementedError("fake: not written yet")

    def deploy(self, slug, files, *, owner="operator", reset=False, overrides=None, env=None, pins=None,
               timeout_s=30, verify=False):
        self.check()
        if self.deploy_error:
            raise self.deploy_error
        if self.owners.setdefault(slug, owner) != owner:
            raise api.DeployError(f"the name {slug} belongs to another owner: choose another name")
        version = self.deployed.get(slug, {}).get("version", 0) + 1
        self.deployed[slug] = {"files": files, "overrides": overrides, "version": version, "verify": verify}
        self.units[slug] = {"grp_total": {"node": "node-a", "fluxions": ["deposit", "withdraw"], "replicated": False},
                            "handler": {"node": None, "fluxions": ["handler"], "replicated": True}}
        return {"version": version, "graph": {}, "units": self.units[slug]}

    def owner_of(self, slug):
        self.check()
        return self.owners.get(slug)

    def forget(self, slug):
        self.check()
        self.deployed.pop(slug, None)
        self.owners.pop(slug, None)
        self.forgotten.append(slug)

    def stop(self, slug):
        self.check()
        self.deployed.pop(slug, None)

    def status(self, slug):
        self.check()
        d = self.deployed.get(slug)
        return {"deployed": d is not None, "version": d and d["version"], "placement": self.units.get(slug, {})}

    def nodes(self):
        self.check()
        return [{"name": n, "alive": True, "heartbeat_ms": 1} for n in NODES] + \
               [{"name": "node-dead", "alive": False, "heartbeat_ms": 99999}]

    def placement(self, slug):
        self.check()
        return self.units.get(slug, {})

    def place(self, slug, fluxion_or_unit, node, timeout=10.0):
        self.check()
        if node not in NODES:
            raise api.PlacementError(f"node {node} is not running")
        units = self.units.setdefault(slug, {})
        unit_id = next((u for u, v in units.items() if u == fluxion_or_unit or fluxion_or_unit in v["fluxions"]),
                       fluxion_or_unit)
        unit = units.setdefault(unit_id, {"node": None, "fluxions": [fluxion_or_unit], "replicated": False})
        before, unit["node"] = unit["node"], node
        return {"unit": unit_id, "from": before, "to": node, "pause_ms": 1.5}

    def logs(self, slug, since_ms=0, limit=200):
        self.check()
        return [e for e in self.entries if e["ts"] >= since_ms][:limit]

    async def request(self, slug, method, path, headers=None, body=b"", timeout_ms=None):
        self.check()
        self.requests.append((slug, method, path, headers, body))
        return 200, [("content-type", "text/plain")], f"{method} {path} {body.decode()}".encode()

    def log(self, ts, text, level="log", fluxion=None, file=None, line=None):
        self.entries.append({"ts": ts, "level": level, "text": text, "fluxion": fluxion, "file": file, "line": line,
                             "error_id": None})

    # -- live load --------------------------------------------------------------------

    def frames(self, slug, since_ms=0, limit=900):
        self.check()
        return [f for f in self.frames_kept.get(slug, []) if f["ts"] >= since_ms][-limit:]

    def events(self, slug, limit=200):
        self.check()
        return self.events_kept.get(slug, [])[-limit:]

    def set_balancer(self, slug, on):
        self.check()
        (self.balancers.add if on else self.balancers.discard)(slug)

    def balancer_on(self, slug):
        self.check()
        return slug in self.balancers

    def start_load(self, slug, routes, rate=None, concurrency=None, duration_s=10):
        """Checks the plan as the real one does (ValueError with the reason)."""
        from executor.loadgen import Plan
        self.check()
        plan = Plan(routes, rate=rate, concurrency=concurrency, duration_s=duration_s)
        run = f"run{len(self.plans) + 1}"
        self.plans.append((slug, routes, rate, concurrency, duration_s))
        if any(api.run_going(r) for r in self.runs.get(slug, [])):
            raise ValueError(f"a load run is still going on for {slug}")
        self.runs.setdefault(slug, []).insert(0, {"run": run, "plan": plan.as_dict(), "state": "queued",
                                                  "started_ms": int(time.time() * 1000)})
        return run

    def cancel_load(self, slug, run_id):
        self.check()
        found = [r for r in self.runs.get(slug, []) if r["run"] == run_id]
        if not found:
            raise ValueError(f"{slug} has no load run {run_id}")
        found[0]["state"] = "cancelled"

    def load_runs(self, slug):
        self.check()
        return self.runs.get(slug, [])

    def load_run(self, slug, run_id):
        self.check()
        return [{"second": 1, "run": run_id, "sent": 5, "ok": 5, "failed": 0}] if any(
            r["run"] == run_id for r in self.runs.get(slug, [])) else []
