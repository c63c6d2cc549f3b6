"""ES modules (`"type": "module"`, `.mjs`) are read as CommonJS on the user's own
lines: imports resolve to what they name, positions are in the user's text."""
import pytest

from analyzer import ParseError, analyze_files

from .helpers import js, routes, summary

TYPE_MODULE = '{"type": "module"}'


def esm(files, package=TYPE_MODULE):
    out = {path: js(text) for path, text in files.items()}
    if package is not None:
        out["package.json"] = package
    return analyze_files(out).graph


def test_default_import_of_a_package_is_its_module_exports():
    g = esm({"app.js": """
        import express from 'express';
        const app = express();
        app.get('/a', (req, res) => { res.send('a'); });
        export default app;
    """})
    assert routes(g) == {("GET", "/a", 3)}


def test_named_import_of_a_package_and_a_router_in_its_own_module():
    g = esm({
        "app.js": """
            import express from 'express';
            import { router } from './routes.js';
            const app = express();
            app.use('/r', router);
        """,
        "routes.js": """
            import { Router } from 'express';
            export const router = Router();
            router.get('/x', (req, res) => { res.send('x'); });
        """,
    })
    assert ("GET", "/r/x", 3) in routes(g)


def test_namespace_and_default_imports_of_local_modules_and_re_exports():
    g = esm({
        "app.js": """
            import express from 'express';
            import fs from 'fs';
            import load, { PREFIX } from './lib/index.js';
            import * as util from './lib/util.js';
            const app = express();
            app.get('/a', (req, res) => {
              load('x', (err, text) => { res.send(PREFIX + util.wrap(text)); });
            });
        """,
        "lib/index.js": """
            export { default, PREFIX } from './load.js';
        """,
        "lib/load.js": """
            import fs from 'fs';
            export const PREFIX = '>';
            export default function load(name, done) { fs.readFile(name, 'utf8', done); }
        """,
        "lib/util.js": """
            export function wrap(s) { return `[${s}]`; }
        """,
    })
    # the callback handed to `load`, reached through the re-exported default, is a file read's
    assert summary(g) == ["main", ("start", 6), ("post", 7)]


def test_mjs_files_are_modules_without_a_package_type():
    g = esm({"app.mjs": """
        import express from 'express';
        const app = express();
        app.get('/m', (req, res) => { setTimeout(() => res.send('m'), 1); });
    """}, package=None)
    assert summary(g) == ["main", ("start", 3), ("post", 3)]


def test_cjs_files_stay_commonjs_in_a_module_package():
    g = esm({
        "app.js": """
            import express from 'express';
            import legacy from './legacy.cjs';
            const app = express();
            app.get('/l', (req, res) => { res.send(legacy.name); });
        """,
        "legacy.cjs": """
            module.exports = { name: 'legacy' };
        """,
    })
    assert routes(g) == {("GET", "/l", 4)}


def test_positions_are_in_the_users_text():
    """`export const` loses its keyword in the CommonJS text; columns are the user's."""
    src = "import express from 'express';\nconst app = express();\n" \
          "export const handler = (req, res) => { setTimeout(() => res.send('x'), 1); };\n" \
          "app.get('/h', handler);\n"
    g = analyze_files({"app.js": src, "package.json": TYPE_MODULE}).graph
    starts = {f["kind"]: f["loc"]["start"] for f in g["fluxions"]}
    line = src.splitlines()[2]
    assert starts == {"main": {"line": 1, "column": 0},  # not where the imports required on line 1 map
                      "start": {"line": 3, "column": line.index("(req, res)")},
                      "post": {"line": 3, "column": line.index("() => res")}}


def test_import_meta_and_dynamic_import_are_analysed():
    g = esm({
        "app.js": """
            import express from 'express';
            import path from 'path';
            import { fileURLToPath } from 'url';
            const here = path.dirname(fileURLToPath(import.meta.url));
            const app = express();
            app.get('/d', (req, res) => {
              import('./lib.js').then((m) => res.send(m.name + here));
            });
        """,
        "lib.js": "export const name = 'lib';\n",
    })
    assert summary(g) == ["main", ("start", 6), ("post", 7)]


def test_top_level_await_runs_in_main_and_routes_after_it_are_found():
    g = esm({"app.js": """
        import express from 'express';
        import { readFile } from 'fs/promises';
        const seed = JSON.parse(await readFile('seed.json', 'utf8'));
        const app = express();
        app.get('/s', (req, res) => { res.json(seed); });
    """})
    assert routes(g) == {("GET", "/s", 5)}


def test_a_module_importing_one_with_a_top_level_await_is_asynchronous_too():
    service = analyze_files({"package.json": TYPE_MODULE, "app.js": js("""
        import { config } from './config.js';
        import { name } from './plain.js';
    """), "config.js": "export const config = await Promise.resolve(1);\n", "plain.js": "export const name = 'p';\n"}).service
    assert {m.path: m.is_async for m in service.modules} == {"app.js": True, "config.js": True, "plain.js": False}
    # the imported modules are evaluated first, in order, the asynchronous one awaited
    assert service.entry.text.startswith(";await __rt.evaluated(require('./config.js'), exports);require('./plain.js');")


def test_a_reassigned_export_let_is_state_of_the_fluxions_that_import_it():
    """`count` is read by app.js's handler and written by counter.js's `bump`: one group."""
    g = esm({
        "app.js": """
            import express from 'express';
            import { count, bump } from './counter.js';
            import * as counter from './counter.js';
            const app = express();
            app.post('/bump', (req, res) => { bump(); res.end(); });
            app.get('/count', (req, res) => { res.json(count); });
            app.get('/ns', (req, res) => { res.json(counter.count); });
            app.get('/label', (req, res) => { res.json(counter.label); });
        """,
        "counter.js": """
            export let count = 0;
            export const label = 'c';
            export function bump() { count += 1; }
        """,
    })
    groups = {tuple(grp["fluxions"]): grp["variables"] for grp in g["groups"]}
    assert groups == {("post_bump", "get_count", "get_ns"): ["count"]}


def test_import_in_a_commonjs_file_says_how_to_make_it_a_module():
    with pytest.raises(ParseError) as info:
        esm({"app.js": """
            // a service
            import express from 'express';
        """}, package=None)
    assert info.value.line == 2 and "type" in info.value.message and ".mjs" in info.value.message



def test_an_import_through_a_barrel_that_imports_the_importer_back_reads_the_exporters_variable():
    # services/index.js re-exports order.service.js and user.service.js; order.service.js imports
    # `userService` from it: the barrel requires order.service.js before setting its exports, so the
    # import must read user.service.js's variable itself (a live binding), not the barrel's exports
    files = {
        "package.json": TYPE_MODULE,
        "app.js": "import express from 'express';\nimport * as s from './services/index.js';\n"
                  "const app = express();\napp.get('/', (req, res) => res.json(s.orderService.place('a')));\n",
        "services/user.service.js": "export const userService = { register(n) { return { n }; } };\n",
        "services/order.service.js": "import { userService } from './index.js';\n"
                                     "export const orderService = { place(n) { return userService.register(n); } };\n",
        "services/index.js": "export * from './order.service.js';\nexport { userService } from './user.service.js';\n",
    }
    a = analyze_files(files)
    exporter = a.scopes.module_scopes["services/user.service.js"].variables["userService"]
    reads = [r for r in exporter.refs if r.scope.module.path == "services/order.service.js"]
    assert reads, "userService in order.service.js does not read user.service.js's variable"


def test_a_re_exported_default_of_json_or_commonjs_is_its_module_exports():
    """`export { default as seed } from './seed.json' with { type: 'json' }` in a barrel: the default of a JSON
    file, a CommonJS file or a package is its module.exports, as an import's is (it was `.default`, undefined:
    fresh26c-esm-notes-api's deploy failed, 'seed is not iterable')."""
    from analyzer.source import from_files
    files = {
        "package.json": TYPE_MODULE,
        "app.js": "import { seed, helper, esm } from './lib/index.js';\nexport default [seed, helper, esm];\n",
        "lib/index.js": "export { default as seed } from './seed.json' with { type: 'json' };\n"
                        "export { default as helper } from './helper.cjs';\n"
                        "export { default as esm } from './esm.js';\n",
        "lib/seed.json": "[1, 2]",
        "lib/helper.cjs": "module.exports = () => 1;\n",
        "lib/esm.js": "export default 3;\n",
    }
    barrel = next(m for m in from_files(files, entry="app.js").modules if m.path == "lib/index.js")
    assert "exports.seed = require('./seed.json');" in barrel.text
    assert "exports.helper = require('./helper.cjs');" in barrel.text
    assert "exports.esm = require('./esm.js').default;" in barrel.text


def test_the_packages_own_name_resolves_through_its_exports():
    """Inside the package named flagd-lite, `import { stats } from 'flagd-lite/rules'` is the file its "exports" map
    names (Node.js's self-reference): it was refused at deployment as a package not in node_modules."""
    from analyzer.source import from_files
    files = {
        "package.json": '{"name": "flagd-lite", "type": "module", "exports": {".": "./src/app.js", '
                        '"./rules": "./src/rules/engine.cjs", "./lib/*": "./src/lib/*.js"}}',
        "src/app.js": "import { stats } from 'flagd-lite/rules';\nimport { x } from \"flagd-lite/lib/x\";\n"
                      "const r = await import('flagd-lite/rules');\nexport default [stats, x, r];\n",
        "src/rules/engine.cjs": "module.exports = { stats: {} };\n",
        "src/lib/x.js": "export const x = 1;\n",
        "src/other.js": "import app from 'flagd-lite';\n",
    }
    service = from_files(files, entry="src/app.js")
    assert [m.path for m in service.modules] == ["src/app.js", "src/rules/engine.cjs", "src/lib/x.js"]
    text = service.modules[0].text
    assert "const { stats } = require('./rules/engine.cjs');" in text
    assert 'const { x } = require("./lib/x.js");' in text
    assert "__rt.importDynamic(require, './rules/engine.cjs')" in text


def test_a_function_of_a_module_imported_by_a_top_level_await_import_writes_its_state():
    """`const { book } = await import('./bookings.js')` in main: a handler calling `book` writes `bookings`
    (it was analysed as stateless, and each node kept its own bookings)."""
    g = esm({
        "app.js": """
            import express from 'express';
            const { book, count } = await import('./bookings.js');
            const app = express();
            app.post('/book', (req, res) => { res.json(book(req.query.id)); });
            app.get('/count', (req, res) => { res.json(count()); });
        """,
        "bookings.js": """
            const bookings = [];
            export function book(id) { bookings.push(id); return bookings.length; }
            export const count = () => bookings.length;
        """,
    })
    groups = {tuple(grp["fluxions"]): grp["variables"] for grp in g["groups"]}
    assert groups == {("post_book", "get_count"): ["bookings"]}


def test_a_dual_packages_self_reference_takes_the_condition_of_how_it_is_loaded():
    """`require('dual-lib')` inside dual-lib takes its "require" target, `import` its "import" one, as Node.js does."""
    from analyzer.source import from_files
    files = {
        "package.json": '{"name": "dual-lib", "exports": {".": {"import": "./src/index.mjs", "require": "./src/index.cjs"}}}',
        "app.js": "const lib = require('dual-lib');\nmodule.exports = lib;\n",
        "src/index.cjs": "module.exports = { kind: 'cjs' };\n",
        "src/index.mjs": "export const kind = 'esm';\n",
        "src/esm.mjs": "import { kind } from 'dual-lib';\nexport default kind;\n",
    }
    service = from_files(files, entry="app.js")
    assert "require('./src/index.cjs')" in service.entry.text
    esm = from_files(dict(files, **{"app.js": "import('./src/esm.mjs');\n"}), entry="app.js")
    assert "require('./index.mjs')" in esm.by_path["src/esm.mjs"].text
