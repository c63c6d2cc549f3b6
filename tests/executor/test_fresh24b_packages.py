"""Runtime bugs the fresh24b round of services (popular npm packages keeping state) found, each
on a LocalService (two isolates: every message may run in another isolate than the one before)."""
from tests.executor.runtime_harness import LocalService

HEAD = "const express = require('express');\nconst app = express();\napp.use(express.json());\n"
END = "\nmodule.exports = app;\n"


def test_a_package_loads_cluster():
    """fresh24b-login-throttle: rate-limiter-flexible's index requires `cluster` as it loads (for
    RateLimiterCluster), which was refused at `require`: its RateLimiterMemory never loaded. A
    fluxion is the primary process and forks none."""
    lib = """const cluster = require('cluster');
module.exports = { primary: cluster.isPrimary, worker: cluster.isWorker,
                   listen() { cluster.setMaxListeners(0); cluster.on('message', () => {}); return cluster.listenerCount('message'); },
                   fork() { return cluster.fork(); } };
"""
    files = {"node_modules/lib/package.json": '{"name": "lib", "version": "1.0.0"}',
             "node_modules/lib/index.js": lib,
             "package.json": '{"dependencies": {"lib": "1.0.0"}}'}
    with LocalService(dict(files, **{"app.js": HEAD + """
const lib = require('lib');
app.get('/', (req, res) => {
  let error = null;
  try { lib.fork(); } catch (e) { error = [e.code, e.message]; }
  res.json({ primary: lib.primary, worker: lib.worker, listeners: lib.listen(), error });
});""" + END})) as svc:
        assert svc.request("GET", "/").json() == {
            "primary": True, "worker": False, "listeners": 1,
            "error": ["ERR_LIQUEFY_UNAVAILABLE",
                      "Liquefy: cluster.fork() is not available: a fluxion has no network or process access"]}
