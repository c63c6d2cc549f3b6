"""A folder service: the entry and the local modules it requires, analysed together."""
import pytest

from .helpers import assert_fluxions, fluxion, graph, kind_of, routes, same_group, signature, summary

STORE_APP = {
    "app.js": """
        var express = require('express');
        var store = require('./lib/store');
        var app = express();
        app.get('/k/:k', function get(req, res) {
          store.load(req.params.k, function loaded(err, v) {
            res.send(v);
          });
        });
        app.get('/size', function size(req, res) { res.send('' + store.size()); });
        module.exports = app;
    """,
    "lib/store.js": """
        var fs = require('fs');
        var cache = {};
        exports.load = function load(key, cb) {
          if (cache[key]) return cb(null, cache[key]);
          fs.readFile(key, 'utf8', function read(err, text) {
            cache[key] = text;
            cb(err, text);
          });
        };
        exports.size = function () { return Object.keys(cache).length; };
    """,
    "data/a.txt": "hello",
}

ROUTER_MODULE = {
    "app.js": """
        var express = require('express');
        var app = express();
        app.use('/users', require('./routes/users'));
    """,
    "routes/users/index.js": """
        var express = require('express');
        var router = express.Router();
        router.get('/:id', function user(req, res) { res.send(req.params.id); });
        module.exports = router;
    """,
}


def test_files_lists_entry_first_then_required_modules():
    assert graph(STORE_APP)["files"] == ["app.js", "lib/store.js"]


def test_continuation_in_the_module_is_a_fluxion_of_that_file():
    read = fluxion(STORE_APP, "read")
    assert (read["kind"], read["file"], read["loc"]["start"]["line"]) == ("post", "lib/store.js", 5)


def test_stream_from_the_route_into_the_module():
    assert {"key", "cb"} <= signature(STORE_APP, "get", "read")


def test_module_state_shared_across_routes_groups_them():
    assert kind_of(STORE_APP, "cache") == "share" and same_group(STORE_APP, "get", "read", "size")


def test_module_variable_reports_its_file():
    assert [v["file"] for v in graph(STORE_APP)["variables"] if v["name"] == "cache"] == ["lib/store.js"]


def test_router_exported_from_a_module_is_mounted_with_its_prefix():
    assert routes(ROUTER_MODULE) == {("GET", "/users/:id", 3)}
    assert fluxion(ROUTER_MODULE, 3)["file"] == "routes/users/index.js"


def test_unreached_files_are_data_not_modules():
    files = dict(STORE_APP, **{"unused.js": "setTimeout(function never() {}, 1);\n"})
    g = graph(files)
    assert "unused.js" not in g["files"] and "never" not in {f["name"] for f in g["fluxions"]}
    assert {"data/a.txt", "unused.js"} <= set(g["data"])


@pytest.mark.parametrize("load", [
    "fs.readdirSync(__dirname + '/routes').forEach(function (f) { app.use(require('./routes/' + f)); });",
    "fs.readdirSync(__dirname + '/routes').forEach(function (f) { app.use(require(path.join(__dirname, 'routes', f))); });",
    "fs.readdirSync(__dirname + '/routes').forEach(function (f) { app.use(require(`./routes/${f}`)); });",
])
def test_modules_named_at_run_time_from_a_folder_are_modules(load):
    """`require('./routes/' + file)` over a readdir (unseen-esm-toplevel's `await import(`./plugins/${f}`)`
    was read as a JSON data file): the folder's modules are the service's, the others still data."""
    files = {"app.js": "var fs = require('fs'), path = require('path');\nvar app = require('express')();\n" + load +
                       "\nmodule.exports = app;\n",
             "routes/items.js": "var r = require('express').Router();\nr.get('/items', function items(q, s) { s.end(); });\n"
                                "module.exports = r;\n",
             "unused.js": "setTimeout(function never() {}, 1);\n"}
    g = graph(files)
    assert g["files"] == ["app.js", "routes/items.js"] and "unused.js" in g["data"]


@pytest.mark.parametrize("load", [
    "  .forEach((file) => { const m = require(path.join(__dirname, file))(db); db[m.name] = m; });",
    "  .forEach((file) => { const m = require(path.resolve(__dirname, file))(db); db[m.name] = m; });",
    "  .forEach((file) => { const m = require(__dirname + '/' + file)(db); db[m.name] = m; });",
    "  .forEach((file) => { const m = require(`${__dirname}/${file}`)(db); db[m.name] = m; });",
])
def test_modules_named_at_run_time_from_their_own_folder_are_modules(load):
    """Sequelize's models/index.js, the most copied loader: `require(path.join(__dirname, file))` over
    `fs.readdirSync(__dirname)` names the modules of its own folder, with no literal part to go by
    (fresh19-autoload-models: src/models/author.js was read as a JSON data file, and main failed)."""
    files = {"app.js": "var app = require('express')();\nvar db = require('./models');\n"
                       "app.get('/n', function n(q, s) { s.json(Object.keys(db)); });\nmodule.exports = app;\n",
             "models/index.js": "const fs = require('fs'), path = require('path');\nconst db = {};\n"
                                "fs.readdirSync(__dirname).filter((f) => f !== 'index.js')\n" + load +
                                "\nmodule.exports = db;\n",
             "models/user.js": "module.exports = (db) => ({ name: 'User', all: () => Object.keys(db) });\n",
             "lib/unused.js": "setTimeout(function never() {}, 1);\n"}
    g = graph(files)
    assert g["files"] == ["app.js", "models/index.js", "models/user.js"] and "lib/unused.js" in g["data"]


@pytest.mark.parametrize("load", [
    "container.loadModules(['services/*.js'], { cwd: __dirname, formatName: 'camelCase' });",
    "container.loadModules(['src/services/**/*.js'], { formatName: 'camelCase' });",
    "container.loadModules([path.join(__dirname, 'services', '*.{js,cjs}')]);",
])
def test_modules_a_package_loads_by_a_glob_are_modules(load):
    """awilix's `container.loadModules(['services/*.js'], { cwd: __dirname })` requires the modules a
    glob names, from inside the package (fresh24b-awilix-tenants: src/repositories/TenantRepository.js
    was read as a JSON data file, and main failed): the modules a glob literal of the service names,
    from its module's folder or the project's root, are the service's, the others still data."""
    files = {"app.js": "var app = require('express')();\nvar container = require('./src/container');\n"
                       "app.get('/n', function n(q, s) { s.json(container.cradle.users.all()); });\nmodule.exports = app;\n",
             "src/container.js": "const path = require('path');\nconst { createContainer } = require('awilix');\n"
                                 "const container = createContainer();\n" + load + "\nmodule.exports = container;\n",
             "src/services/users.js": "module.exports = class Users { all() { return []; } };\n",
             "lib/unused.js": "setTimeout(function never() {}, 1);\n"}
    g = graph(files)
    assert g["files"] == ["app.js", "src/container.js", "src/services/users.js"] and "lib/unused.js" in g["data"]


@pytest.mark.parametrize("load", [
    "for (const f of readdirSync(new URL('./routes', import.meta.url))) "
    "app.use((await import(new URL(`./routes/${f}`, import.meta.url))).default);",
    "for (const f of readdirSync(path.join(import.meta.dirname, 'routes'))) "
    "app.use((await import(path.join(import.meta.dirname, 'routes', f))).default);",
    "const dir = path.join(import.meta.dirname, 'routes');\n"
    "for (const f of readdirSync(dir)) app.use((await import(path.join(dir, f))).default);",
])
def test_es_modules_named_at_run_time_from_a_folder_are_modules(load):
    """ES modules load a folder by URL or by Node 20.11's import.meta.dirname (fresh19-esm-plugin-routes:
    `import(new URL(`./routes/${file}`, import.meta.url))` and `import(path.join(pluginDir, file))` with
    `pluginDir = path.join(import.meta.dirname, 'plugins')`: the routes were read as JSON data files)."""
    files = {"package.json": '{"type": "module"}',
             "app.js": "import express from 'express';\nimport path from 'node:path';\n"
                       "import { readdirSync } from 'node:fs';\nconst app = express();\n" + load +
                       "\nexport default app;\n",
             "routes/items.js": "import { Router } from 'express';\nconst r = Router();\n"
                                "r.get('/items', (q, s) => s.end());\nexport default r;\n",
             "lib/unused.js": "setTimeout(function never() {}, 1);\n"}
    g = graph(files)
    assert g["files"] == ["app.js", "routes/items.js"] and "lib/unused.js" in g["data"]


@pytest.mark.parametrize("load", [
    "const mounts = [['/items', './routes/items.js']];\n"
    "const loaded = await Promise.all(mounts.map(([, file]) => import(file)));\n"
    "loaded.forEach((m, i) => app.use(mounts[i][0], m.default));",
    "const ROUTES = { items: '#routes/items' };\n"
    "for (const [name, spec] of Object.entries(ROUTES)) app.use('/' + name, (await import(spec)).default);",
])
def test_es_modules_imported_from_a_list_of_their_paths_are_modules(load):
    """`import(file)` over a list of the paths written as strings (fresh26c-esm-booking-calendar: its routes
    were read as JSON data files, main failed with 'Unexpected token'): each local path written in a module
    that loads one from a value is a module."""
    files = {"package.json": '{"type": "module", "imports": {"#routes/*": "./routes/*.js"}}',
             "app.js": "import express from 'express';\nconst app = express();\n" + load + "\nexport default app;\n",
             "routes/items.js": "import { Router } from 'express';\nconst r = Router();\n"
                                "r.get('/items', (q, s) => s.end());\nexport default r;\n",
             "lib/unused.js": "setTimeout(function never() {}, 1);\n"}
    g = graph(files)
    assert g["files"] == ["app.js", "routes/items.js"] and "lib/unused.js" in g["data"]


@pytest.mark.parametrize("load", [
    "for (const name of ['items']) app.use('/' + name, (await import(`#routes/${name}`)).default);",
    "for (const name of ['items']) app.use('/' + name, (await import('#routes/' + name)).default);",
])
def test_es_modules_imported_by_a_computed_subpath_import_are_modules(load):
    """`import(`#upstreams/${name}`)` through package.json's "imports" (fresh26c-esm-api-gateway: the upstreams
    were read as JSON data files, main failed with 'Unexpected token'): the files its pattern's target names."""
    files = {"package.json": '{"type": "module", "imports": {"#routes/*": "./src/routes/*.js"}}',
             "app.js": "import express from 'express';\nconst app = express();\n" + load + "\nexport default app;\n",
             "src/routes/items.js": "import { Router } from 'express';\nconst r = Router();\n"
                                    "r.get('/items', (q, s) => s.end());\nexport default r;\n",
             "lib/unused.js": "setTimeout(function never() {}, 1);\n"}
    g = graph(files)
    assert g["files"] == ["app.js", "src/routes/items.js"] and "lib/unused.js" in g["data"]


def test_entry_from_package_json_main():
    files = {"package.json": '{"main": "server.js"}', "server.js": "setTimeout(function t() {}, 1);\n"}
    assert graph(files)["files"] == ["server.js"]
    assert_fluxions(files, ["main", ("post", 1, "t")])


def test_module_required_with_extension_and_parent_path():
    files = {
        "app.js": "var u = require('./lib/util.js');\nu.later(function done() {});\n",
        "lib/util.js": "var t = require('../timer');\nexports.later = function (cb) { t.wait(cb); };\n",
        "timer.js": "exports.wait = function (cb) { setImmediate(cb); };\n",
    }
    assert graph(files)["files"] == ["app.js", "lib/util.js", "timer.js"]
    assert ("post", 2) in summary(files)


def test_module_exporting_a_function_that_registers_routes():
    files = {
        "app.js": "var express = require('express');\nvar app = express();\nrequire('./routes')(app);\n",
        "routes.js": "module.exports = function mount(app) {\n  app.get('/x', function x(req, res) { res.end(); });\n};\n",
    }
    assert fluxion(files, "x")["kind"] == "start" and routes(files) == {("GET", "/x", 2)}


def test_module_method_that_registers_routes():
    files = {
        "app.js": "var express = require('express');\nvar app = express();\nrequire('./routes').mount(app);\n",
        "routes.js": "exports.mount = function (app) {\n  app.get('/y', function y(req, res) { res.end(); });\n};\n",
    }
    assert routes(files) == {("GET", "/y", 2)}


def test_module_required_with_a_template_literal_is_loaded():
    files = {"app.js": "var lib = require(`./lib`);\n", "lib.js": "exports.x = 1;\n"}
    assert graph(files)["files"] == ["app.js", "lib.js"]
