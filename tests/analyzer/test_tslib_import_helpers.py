"""tsc with `importHelpers` imports its helpers from tslib instead of inlining them: `const tslib_1 = require("tslib");
const express_1 = tslib_1.__importDefault(require("express"));`, and `tslib_1.__decorate([...], C.prototype, "m",
null)`. The analysis knew `__importDefault(...)` called by name only: `(0, express_1.default)()` was no app, its routes
were callbacks handed to an unknown package, and a decorator's audit trail written by the decorated methods was the
context of another fluxion: the trail lost the entries written elsewhere (fresh27a-tsc-tslib-polls, on two nodes)."""
from .helpers import routes, same_group

SOURCE = """
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    const tslib_1 = require("tslib");
    const express_1 = tslib_1.__importDefault(require("express"));
    const trail = [];
    const app = (0, express_1.default)();
    app.use(express_1.default.json());
    app.post('/polls', (req, res) => {
        trail.push(req.body.id);
        res.status(201).json({ n: trail.length });
    });
    app.get('/audit', (_req, res) => {
        res.json(trail);
    });
    app.listen(3000);
"""


def test_an_app_made_through_tslibs_import_default_has_its_routes():
    assert ("POST", "/polls", 8) in routes(SOURCE)
    assert same_group(SOURCE, 8, 12)


BABEL_RUNTIME = """
    "use strict";
    var _interopRequireDefault = require("@babel/runtime/helpers/interopRequireDefault");
    var _express = _interopRequireDefault(require("express"));
    const trail = [];
    const app = (0, _express.default)();
    app.post('/polls', (req, res) => {
        trail.push(1);
        res.status(201).json({ n: trail.length });
    });
    app.get('/audit', (_req, res) => {
        res.json(trail);
    });
    app.listen(3000);
"""


def test_so_through_babels_runtime_helper():
    """Babel with @babel/plugin-transform-runtime requires its helpers from @babel/runtime."""
    assert ("POST", "/polls", 6) in routes(BABEL_RUNTIME)
    assert same_group(BABEL_RUNTIME, 6, 10)
