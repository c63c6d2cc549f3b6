"""An in-memory twin of executor.api, for the IDE's unit tests."""
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

    def install(self, monkeypatch):
        for name in ("deploy", "stop", "status", "nodes", "placement", "place", "logs", "request"):
            monkeypatch.setattr(api, name, getattr(self, name))

    def check(self):
        if self.missing:
            raise NotImplementedError("fake: not written yet")

    def deploy(self, slug, files, *, reset=False, overrides=None, env=None, pins=None, timeout_s=30):
        self.check()
        if self.deploy_error:
            raise self.deploy_error
        version = self.deployed.get(slug, {}).get("version", 0) + 1
        self.deployed[slug] = {"files": files, "overrides": overrides, "version": version}
        self.units[slug] = {"grp_total": {"node": "node-a", "fluxions": ["deposit", "withdraw"], "replicated": False},
                            "handler": {"node": None, "fluxions": ["handler"], "replicated": True}}
        return {"version": version, "graph": {}, "units": self.units[slug]}

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
