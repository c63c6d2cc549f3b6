"""CommonJS that TypeScript, Babel or esbuild wrote: imports go through interop helpers."""
from .helpers import fluxion, routes, same_group, stateful

TSC = {
    "app.js": """
        "use strict";
        var __importDefault = (this && this.__importDefault) || function (mod) {
            return (mod && mod.__esModule) ? mod : { "default": mod };
        };
        Object.defineProperty(exports, "__esModule", { value: true });
        const express_1 = __importDefault(require("express"));
        const store_1 = __importDefault(require("./store"));
        const app = (0, express_1.default)();
        app.post("/items", (req, res) => res.json(store_1.default.add(req.query.name)));
        app.get("/items", (req, res) => res.json(store_1.default.all()));
        exports.default = app;
    """,
    "store.js": """
        "use strict";
        Object.defineProperty(exports, "__esModule", { value: true });
        class Store {
            constructor() { this.items = []; }
            add(name) { this.items.push(name); return this.items.length; }
            all() { return this.items; }
        }
        exports.default = new Store();
    """,
}

BABEL = """
    "use strict";
    var _express = _interopRequireDefault(require("express"));
    function _interopRequireDefault(obj) { return obj && obj.__esModule ? obj : { default: obj }; }
    const app = (0, _express.default)();
    let hits = 0;
    app.get("/hit", (req, res) => res.json({ hits: ++hits }));
    module.exports = app;
"""


def test_an_app_made_through_tscs_import_helper_has_its_routes():
    assert routes(TSC) == {("POST", "/items", 9), ("GET", "/items", 10)}


def test_a_local_modules_default_export_imported_through_the_helper_is_state():
    assert stateful(TSC, 9) and same_group(TSC, 9, 10)


def test_babels_helper_too():
    assert fluxion(BABEL, 6)["kind"] == "start" and stateful(BABEL, 6)


# webpack 5 (target node, express external): an ES module importing a CommonJS module's default
# reads it through the getter `__webpack_require__.n` makes; the entry is an arrow IIFE.
WEBPACK = """
    var __webpack_require__ = {};
    __webpack_require__.n = (module) => {
        const getter = module && module.__esModule ? () => (module['default']) : () => (module);
        __webpack_require__.d(getter, { a: getter });
        return getter;
    };
    __webpack_require__.d = (exports, definition) => {
        for (var key in definition) Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
    };
    (() => {
    "use strict";
    const external_express_namespaceObject = require("express");
    var external_express_default = __webpack_require__.n(external_express_namespaceObject);
    let hits = 0;
    const app = external_express_default()();
    app.get("/hit", (req, res) => res.json({ hits: ++hits }));
    app.get("/ping", (req, res) => res.json({ pong: true }));
    app.listen(process.env.PORT || 3000);
    })();
"""


def test_an_app_made_through_webpacks_default_getter_has_its_routes():
    assert routes(WEBPACK) == {("GET", "/hit", 16), ("GET", "/ping", 17)}
    assert stateful(WEBPACK, 16) and not stateful(WEBPACK, 17)
