"""ES modules run by the runtime as the CommonJS the analyzer rewrote them into
(analyzer/esm.py), each message in the next isolate."""
import pytest

from tests.executor.runtime_harness import LocalService

PACKAGE = '{"type": "module"}'

COUNTER = {
    "package.json": PACKAGE,
    "app.js": """import express from 'express';
import { count, bump, label } from './counter.js';
import * as counter from './counter.js';
const app = express();
app.post('/bump', (req, res) => { bump(); res.json({ count: counter.current() }); });
app.get('/imported', (req, res) => { res.json({ count, label }); });
export default app;
""",
    "counter.js": """export let count = 0;
export const label = 'counter';
export function bump() { count += 1; }
export function current() { return count; }
""",
}


def test_exports_and_namespace_imports_across_modules():
    svc = LocalService(COUNTER)
    svc.request("POST", "/bump")
    assert svc.request("POST", "/bump").json() == {"count": 2}


def test_a_named_import_of_a_mutated_export_let_is_live():
    svc = LocalService(COUNTER)
    svc.request("POST", "/bump")
    assert svc.request("GET", "/imported").json() == {"count": 1, "label": "counter"}


REEXPORTS = {
    "package.json": PACKAGE,
    "app.js": """import express from 'express';
import greet, { PREFIX, shout } from './lib/index.js';
const app = express();
app.get('/g/:n', (req, res) => {
  import('./lib/index.js').then((ns) => res.json({ text: greet(req.params.n), loud: shout(PREFIX), same: ns.shout === shout }));
});
export default app;
""",
    "lib/index.js": "export { default, PREFIX } from './greet.js';\nexport * from './shout.js';\n",
    "lib/greet.js": "export const PREFIX = 'hi';\nexport default function greet(n) { return `${PREFIX} ${n}`; }\n",
    "lib/shout.js": "export function shout(s) { return s.toUpperCase() + '!'; }\n",
}


def test_re_exports_default_and_dynamic_import():
    answer = LocalService(REEXPORTS).request("GET", "/g/ada")
    assert answer.json() == {"text": "hi ada", "loud": "HI!", "same": True}


def test_json_import_with_attributes():
    files = {"package.json": PACKAGE, "data/seed.json": '{"items": [1, 2]}',
             "app.js": "import express from 'express';\n"
                       "import seed from './data/seed.json' with { type: 'json' };\n"
                       "const app = express();\n"
                       "app.get('/', (req, res) => res.json(seed.items));\n"
                       "export default app;\n"}
    assert LocalService(files).request("GET", "/").json() == [1, 2]


def test_a_namespace_import_reads_a_reassigned_export_live():
    files = dict(COUNTER, **{"app.js": """import express from 'express';
import * as counter from './counter.js';
const app = express();
app.post('/bump', (req, res) => { counter.bump(); res.end(); });
app.get('/ns', (req, res) => { res.json({ count: counter.count, label: counter.label }); });
export default app;
"""})
    svc = LocalService(files)
    svc.request("POST", "/bump")
    svc.request("POST", "/bump")
    assert svc.request("GET", "/ns").json() == {"count": 2, "label": "counter"}


def test_an_import_of_a_reassigned_export_changed_in_place_changes_the_current_value():
    """`tags.push(x)` in the importer, after the exporter's `resetTags()` did `tags = []` (or a swap by
    destructuring): only the import's reads were the exporter's variable, so the push went to the array
    the import held when its module ran, and the answer's read of the binding missed it (a fresh25c probe)."""
    files = {"package.json": PACKAGE,
             "lib/tags.js": """export let tags = [];
export function resetTags() { tags = []; }
export function swapTags(next) { [tags, next] = [next, tags]; return next; }
""",
             "app.js": """import express from 'express';
import * as lib from './lib/tags.js';
import { tags, resetTags, swapTags } from './lib/tags.js';
const app = express();
app.post('/tag/:t', (req, res) => { tags.push(req.params.t); res.json(tags); });
app.post('/ns/:t', (req, res) => { lib.tags.push(req.params.t); res.json(lib.tags); });
app.post('/reset', (req, res) => { resetTags(); res.json(tags); });
app.post('/swap', (req, res) => { res.json({ old: swapTags(['z']), tags }); });
export default app;
"""}
    for nodes in (1, 2):
        svc = LocalService(files, nodes=nodes)
        assert svc.request("POST", "/tag/x").json() == ["x"]
        assert svc.request("POST", "/reset").json() == []
        assert svc.request("POST", "/tag/q").json() == ["q"]
        assert svc.request("POST", "/ns/r").json() == ["q", "r"]
        assert svc.request("POST", "/swap").json() == {"old": ["q", "r"], "tags": ["z"]}
        assert svc.request("POST", "/tag/w").json() == ["z", "w"]
        assert svc.request("POST", "/ns/v").json() == ["z", "w", "v"]


SEEDED = {
    "package.json": PACKAGE,
    "data/seed.json": '{"items": ["a", "b"]}',
    "app.js": """import express from 'express';
import { readFile } from 'fs/promises';
import { items, add, order } from './store.js';
import { config } from './config.js';
order.push('app');
const seed = JSON.parse(await readFile(new URL('./data/seed.json', import.meta.url), 'utf8'));
for (const s of seed.items) add(s);
class Box { #n; constructor(n) { this.#n = n; } get n() { return this.#n; } }
const box = new Box(seed.items.length);
const app = express();
app.get('/', (req, res) => res.json({ items, n: box.n, order, config }));
app.post('/add/:x', (req, res) => { add(req.params.x); res.json(items.length); });
export default app;
""",
    "store.js": """export const order = ['store'];
export let items = [];
export function add(x) { items = [...items, x]; }
""",
    "config.js": """import { readFile } from 'node:fs/promises';
import { order } from './store.js';
order.push('config start');
export const config = JSON.parse(await readFile(new URL('./data/seed.json', import.meta.url), 'utf8')).items.length;
order.push('config end');
""",
}


def test_top_level_await_in_the_entry_and_in_an_imported_module():
    """Imported modules are evaluated first, in import order, an awaiting one to its end;
    the entry's body then awaits the seed file before its routes are set up."""
    svc = LocalService(SEEDED)
    assert svc.request("GET", "/").json() == {"items": ["a", "b"], "n": 2, "config": 2,
                                               "order": ["store", "config start", "config end", "app"]}
    assert svc.request("POST", "/add/c").json() == 3
    assert svc.request("GET", "/").json()["items"] == ["a", "b", "c"]


def test_top_level_awaits_on_timers_run_main_on_its_own_clock():
    """Nothing but main runs before main ends: a warm-up loop that sleeps, an interval and a
    longer timer set before it, run in Node's order; what is left runs later."""
    files = {"package.json": PACKAGE, "app.js": """import express from 'express';
import { setTimeout as sleep } from 'node:timers/promises';
const seen = [];
setTimeout(() => seen.push('late'), 200);
const ticker = setInterval(() => seen.push('tick'), 4);
for (let attempt = 1; attempt <= 3; attempt++) {
  await sleep(3 * attempt);
  seen.push('try' + attempt);
}
clearInterval(ticker);
await new Promise((resolve) => setTimeout(resolve, 1));
const app = express();
app.get('/', (req, res) => res.json(seen));
export default app;
"""}
    svc = LocalService(files)
    assert svc.request("GET", "/").json() == ["try1", "tick", "tick", "try2", "tick", "tick", "try3"]
    late = [e for e in svc.emitted if e["op"] == "post" and e.get("via") == "setTimeout"]
    assert [e["delay"] for e in late] == [200 - 19]  # main's clock went 3 + 6 + 9 + 1 ms on


def test_a_top_level_await_on_what_only_a_request_settles_is_refused_at_deployment():
    """(Node.js would wait forever: nothing listens yet. A top-level await on a Redis reply
    goes on in main: tests/services/esm-redis-boot.)"""
    files = {"package.json": PACKAGE, "app.js": """import express from 'express';
const app = express();
let opened;
const firstVisit = new Promise((resolve) => { opened = resolve; });
app.get('/', (req, res) => { opened(); res.send('ok'); });
await firstVisit;
export default app;
"""}
    with pytest.raises(Exception, match="top-level await waits for something that settles in another message"):
        LocalService(files)


def test_create_require_and_imports_hoisted_above_the_body():
    files = {"package.json": PACKAGE, "data/info.json": '{"v": 3}', "lib/legacy.cjs": "module.exports = { n: 7 };\n",
             "app.js": """const early = typeof globalThis.__seen;
import express from 'express';
import { createRequire } from 'module';
const require = createRequire(import.meta.url);
const info = require('./data/info.json');
const legacy = require('./lib/legacy.cjs');
const app = express();
app.get('/', (req, res) => res.json({ v: info.v, n: legacy.n, data: require('./data/info.json').v, early }));
export default app;
"""}
    assert LocalService(files).request("GET", "/").json() == {"v": 3, "n": 7, "data": 3, "early": "undefined"}


@pytest.mark.executor
def test_manage_py_deploy_of_an_es_module_service(tmp_path):
    """`manage.py deploy FOLDER` finds the entry module of a `"type": "module"` service and
    runs it: its top-level awaits, its packages, its routers."""
    import shutil

    import httpx
    from django.core.management import call_command

    from tests.support.nodejs import SERVICES
    from tests.support.stack import NODE_MODULES, LiquefyStack

    folder = tmp_path / "svc"
    shutil.copytree(SERVICES / "esm-seed", folder)
    (folder / "node_modules").symlink_to(NODE_MODULES, target_is_directory=True)
    with LiquefyStack(nodes=["esm1"]) as stack:
        call_command("deploy", str(folder), slug="esmcli", reset=True)
        answer = httpx.get(stack.url("esmcli", "/books/2"))
    assert answer.status_code == 200 and answer.json() == {"id": 2, "title": "Emma", "author": "Austen"}


CYCLE = {
    "package.json": PACKAGE,
    "app.js": """import express from 'express';
import { describe, label } from './shapes.js';
export const unit = 'cm';
export function scale(n) { return n * 10; }
const app = express();
app.get('/', (req, res) => res.json({ text: describe(2), label }));
export default app;
""",
    "shapes.js": """import { unit, scale } from './app.js';
export const label = 'shape ' + scale(1);
export function describe(n) { return `${scale(n)} ${unit}`; }
""",
}


def test_an_import_cycle_reads_the_other_modules_bindings_as_node_does():
    """shapes.js runs first: app.js's function `scale` is already there (hoisted), its
    `unit` not yet (Node.js would throw on reading it); by the time a request comes, both are."""
    assert LocalService(CYCLE).request("GET", "/").json() == {"text": "20 cm", "label": "shape 10"}


def test_a_missing_module_is_reported_at_its_import():
    """The imported modules are required first, on line 1: a message about one is at its import."""
    from executor.api import DeployError
    from executor.deploy import build
    app = b"import express from 'express';\nconst x = 1;\nimport gone from './gone.js';\nexport default express();\n"
    with pytest.raises(DeployError) as info:
        build("esm-missing", {"package.json": PACKAGE.encode(), "app.js": app})
    assert (info.value.file, info.value.line) == ("app.js", 3) and "gone.js" in str(info.value)


FOLDER_IMPORTS = {
    "package.json": PACKAGE,
    "app.js": """import express from 'express';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
const app = express();
const names = [];
for (const file of ['a.js', 'b.js']) {
  const byUrl = await import(new URL(`./routes/${file}`, import.meta.url));
  const byPath = await import(path.join(import.meta.dirname, 'routes', file));
  const byHref = await import(pathToFileURL(path.join(import.meta.dirname, 'routes', file)).href);
  names.push([byUrl.default.name, byPath.default.name, byHref.default.name, byUrl.tag, byUrl === byPath]);
}
app.get('/names', (req, res) => res.json(names));
export default app;
""",
    "routes/a.js": "export const tag = 'A';\nexport default { name: 'a' };\n",
    "routes/b.js": "export const tag = 'B';\nexport default { name: 'b' };\n",
}


def test_import_of_a_file_url_or_an_absolute_path_gives_the_module_namespace():
    """`import(new URL(`./routes/${file}`, import.meta.url))` (a URL object: import() takes its href), a
    file: href and an absolute path name the service's own module: its namespace, `default` its default
    export (fresh19-esm-plugin-routes: 'The "id" argument must be of type string. Received an instance
    of URL'; an absolute path gave a namespace whose `default` was the namespace)."""
    answer = LocalService(FOLDER_IMPORTS).request("GET", "/names")
    assert answer.json() == [["a", "a", "a", "A", True], ["b", "b", "b", "B", True]]


BARREL = {
    "package.json": PACKAGE,
    "app.js": """import express from 'express';
import * as services from './services/index.js';
const app = express();
app.post('/orders/:name', (req, res) => res.json(services.orderService.place(req.params.name)));
app.get('/users', (req, res) => res.json(services.userService.all()));
export default app;
""",
    "services/user.service.js": """const users = new Map();
export const userService = {
  register(name) { if (!users.has(name)) users.set(name, { name, orders: 0 }); return users.get(name); },
  all() { return [...users.values()]; },
};
""",
    "services/order.service.js": """import { userService } from './index.js';
let seq = 0;
export const orderService = {
  place(name) { const user = userService.register(name); user.orders += 1; return { id: ++seq, user }; },
};
""",
    "services/index.js": """export { userService } from './user.service.js';
export * from './order.service.js';
""",
}


def test_a_binding_imported_through_a_barrel_that_imports_the_importer_back_is_live():
    """order.service.js imports `userService` from the barrel that re-exports it and order.service.js
    itself: the barrel requires order.service.js before it has set its own exports, so the binding,
    read there when the module ran, was undefined (analyzer/scopes.py `link_imports`: the module
    imported is in a cycle with the importer, so the import reads the exporting module's variable)."""
    svc = LocalService(BARREL, nodes=2)
    assert svc.request("POST", "/orders/ann").json() == {"id": 1, "user": {"name": "ann", "orders": 1}}
    assert svc.request("POST", "/orders/ann").json() == {"id": 2, "user": {"name": "ann", "orders": 2}}
    assert svc.request("GET", "/users").json() == [{"name": "ann", "orders": 2}]


def default_barrel(index):
    return {
        "package.json": PACKAGE,
        "app.js": """import express from 'express';
import { orderService, userService } from './services/index.js';
const app = express();
app.post('/orders/:name', (req, res) => res.json(orderService.place(req.params.name)));
app.get('/users', (req, res) => res.json(userService.all()));
export default app;
""",
        "services/user.service.js": """class UserService {
  #users = new Map();
  register(name) { if (!this.#users.has(name)) this.#users.set(name, { name, orders: 0 }); return this.#users.get(name); }
  all() { return [...this.#users.values()]; }
}
export default new UserService();
""",
        "services/order.service.js": """import { userService } from './index.js';
class OrderService {
  #seq = 0;
  place(name) { const user = userService.register(name); user.orders += 1; return { id: ++this.#seq, user }; }
}
export default new OrderService();
""",
        "services/index.js": index,
    }


@pytest.mark.parametrize("index", [
    "export { default as userService } from './user.service.js';\nexport { default as orderService } from './order.service.js';\n",
    "export { default as orderService } from './order.service.js';\nexport { default as userService } from './user.service.js';\n",
])
def test_an_instance_exported_by_default_and_re_exported_by_a_barrel_that_imports_the_importer_back(index):
    """`export default new UserService()` re-exported as `export { default as userService } from` by a barrel
    that order.service.js imports it from: no variable to bind, and the barrel had not set its exports when
    order.service.js ran; it sets the import once its own body has run (compiler.py, `__rt.lateImport`), so
    the handlers of both modules share main's instance, in the unit's state too."""
    svc = LocalService(default_barrel(index), nodes=2)
    assert svc.request("POST", "/orders/ann").json() == {"id": 1, "user": {"name": "ann", "orders": 1}}
    assert svc.request("POST", "/orders/ann").json() == {"id": 2, "user": {"name": "ann", "orders": 2}}
    assert svc.request("GET", "/users").json() == [{"name": "ann", "orders": 2}]


def test_a_default_import_of_a_barrel_that_imports_the_importer_back():
    # `import services from './index.js'`, the barrel's default export an object of the services it imports
    files = default_barrel("import userService from './user.service.js';\nimport orderService from './order.service.js';\n"
                           "export default { userService, orderService };\nexport { userService, orderService };\n")
    files["services/order.service.js"] = files["services/order.service.js"] \
        .replace("import { userService } from './index.js';", "import services from './index.js';") \
        .replace("userService.register(name)", "services.userService.register(name)")
    svc = LocalService(files, nodes=2)
    assert svc.request("POST", "/orders/ann").json() == {"id": 1, "user": {"name": "ann", "orders": 1}}
    assert svc.request("POST", "/orders/ann").json() == {"id": 2, "user": {"name": "ann", "orders": 2}}
    assert svc.request("GET", "/users").json() == [{"name": "ann", "orders": 2}]


def test_a_dynamic_import_of_a_module_with_a_top_level_await_waits_for_its_evaluation():
    """`await import(file)` of a route module importing a config read by a top-level await (fresh26c-esm-flag-service,
    fresh26c-esm-booking-calendar): its exports were taken before its body had run (`app.use()` got undefined)."""
    files = {"package.json": PACKAGE, "data/seed.json": '{"n": 2}',
             "config.js": """import { readFile } from 'node:fs/promises';
export const config = JSON.parse(await readFile(new URL('./data/seed.json', import.meta.url), 'utf8'));
""",
             "routes/items.js": """import { Router } from 'express';
import { config } from '../config.js';
export const router = Router();
router.get('/', (req, res) => res.json({ n: config.n }));
export default router;
""",
             "app.js": """import express from 'express';
const app = express();
for (const file of ['./routes/items.js']) {
  const { router, default: same } = await import(file);
  app.use('/items', router, same);
}
export default app;
"""}
    svc = LocalService(files)
    assert svc.request("GET", "/items").json() == {"n": 2}


ASYNC_CYCLE = {"package.json": PACKAGE, "data/seed.json": '{"n": 2}',
         "config.js": """import { readFile } from 'node:fs/promises';
export const config = JSON.parse(await readFile(new URL('./data/seed.json', import.meta.url), 'utf8'));
""",
         "rooms.js": """import { config } from './config.js';
import { bookingsFor } from './bookings.js';
export function room(id) { return id + config.n; }
export const rooms = () => ['a', 'b'].map((id) => room(id) + ':' + bookingsFor(id).length);
""",
         "bookings.js": """import { config } from './config.js';
import { room } from './rooms.js';
const bookings = [];
export function bookingsFor(id) { return bookings.filter((b) => b.id === id); }
export function book(id) { bookings.push({ id, room: room(id), n: config.n }); return bookings.length; }
"""}


@pytest.mark.parametrize("entry", [
    "import { rooms } from './rooms.js';\nimport { book } from './bookings.js';\n",
    "import { book } from './bookings.js';\nimport { rooms } from './rooms.js';\n",
    "const { rooms } = await import('./rooms.js');\nconst { book } = await import('./bookings.js');\n",
])
def test_modules_in_a_cycle_importing_a_module_with_a_top_level_await(entry):
    """rooms.js and bookings.js import each other and a config read by a top-level await
    (fresh26c-esm-booking-calendar): each waited for the other's evaluation, and main never ended."""
    files = dict(ASYNC_CYCLE, **{"app.js": "import express from 'express';\n" + entry + """const app = express();
app.get('/', (req, res) => res.json(rooms()));
app.post('/:id', (req, res) => res.json(book(req.params.id)));
export default app;
"""})
    svc = LocalService(files)
    assert svc.request("POST", "/a").json() == 1
    assert svc.request("GET", "/").json() == ["a2:1", "b2:0"]
