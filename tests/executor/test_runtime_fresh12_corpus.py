"""Runtime bugs the twelfth fresh corpus (tests/services/fresh12-*) found, each on a
LocalService (two isolates: every message may run in another isolate than the
one before, so values cross a serialization boundary between messages)."""
import pytest

from tests.executor.runtime_harness import LocalService

pytestmark = [pytest.mark.executor]

SCHEMA = "const { z } = require('zod');\nconsole.log('schema loads');\nexports.order = z.object({ qty: z.number() });\n"
CHECKER = """const { order } = require('./schema');
console.log('checker loads', typeof order);
const seen = [];
exports.check = (v) => { seen.push(v.qty); return { ok: order.safeParse(v).success, seen }; };
"""
ROUTES = """const express = require('express');
const { order } = require('./schema');
console.log('routes load');
const router = express.Router();
router.post('/parse', (req, res) => res.json(order.safeParse(req.body).success));
module.exports = router;
"""
APP = """const express = require('express');
const routes = require('./routes');
const checker = require('./checker');
console.log('app loads');
const app = express();
app.use(express.json());
app.use(routes);
app.post('/check', (req, res) => res.json(checker.check(req.body)));
module.exports = app;
"""


def test_a_package_call_in_main_loads_no_module_out_of_order():
    """fresh12-esm-flags-zod: a schema module (`z.object(...)`, a package call main makes on every
    node) required first by one module and later by another module holding state. While the schema
    module ran, the package call looked for held instances among every unit's variables, and read
    them by loading their modules: the later module ran in the middle of the schema module's load,
    got its exports still empty (`order` undefined), threw, and the throw was swallowed (taken for a
    variable not declared yet): the module that required it was left half loaded, its exports empty
    (Express: `app.use() requires a callback function but got a [object Undefined]`)."""
    files = {"app.js": APP, "routes.js": ROUTES, "checker.js": CHECKER, "schema.js": SCHEMA,
             "package.json": '{"dependencies": {"express": "4.21.2", "zod": "3.24.1"}}'}
    with LocalService(files) as svc:
        assert svc.request("POST", "/parse", {"content-type": "application/json"}, '{"qty": 1}').json() is True
        assert svc.request("POST", "/check", {"content-type": "application/json"}, '{"qty": 2}').json() == \
            {"ok": True, "seen": [2]}
        assert svc.request("POST", "/check", {"content-type": "application/json"}, '{"qty": "x"}').json() == \
            {"ok": False, "seen": [2, "x"]}
