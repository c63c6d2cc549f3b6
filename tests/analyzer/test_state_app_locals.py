"""An Express app's `locals` written by a handler are state (`req.app.locals.visits++`),
shared with every handler that reads them, through `app` or through `req.app`."""
from .helpers import same_group, stateful, write_lines

LOCALS = """
    const express = require('express');
    const app = express();
    app.locals.visits = 0;
    app.use((req, res, next) => { req.app.locals.visits++; next(); });
    app.get('/a', (req, res) => res.json(req.app.locals.visits));
    app.get('/b', (req, res) => res.json(app.locals.visits));
    app.get('/c', (req, res) => res.json(req.app.get('env')));
"""


def test_a_handler_writing_app_locals_is_stateful():
    assert stateful(LOCALS, 4)


def test_readers_through_req_app_and_app_share_its_group():
    assert same_group(LOCALS, 4, 5) and same_group(LOCALS, 4, 6)


def test_app_locals_written_only_in_main_leave_handlers_replicated():
    assert not stateful("""
        const app = require('express')();
        app.locals.title = 'Shop';
        app.get('/', (req, res) => res.send(app.locals.title));
    """, 3)


DESTRUCTURED = """
    const express = require('express');
    const app = express();
    app.locals.stats = { finished: 0 };
    app.use((req, res, next) => { res.on('finish', () => { const { stats } = req.app.locals; stats.finished += 1; }); next(); });
    app.get('/stats', (req, res) => res.json(app.locals.stats));
"""


def test_a_part_of_app_locals_taken_out_by_destructuring_and_changed_is_state():
    """`const { stats } = req.app.locals; stats.finished += 1` in a response's 'finish' listener
    (tests/services/unseen-finish-stats): verify mode caught it as a stateless unit's write."""
    assert stateful(DESTRUCTURED, 4)
    assert same_group(DESTRUCTURED, 4, 5)


SUB_APP_SETTINGS = {
    "admin.js": """
        const express = require('express');
        const admin = express();
        admin.put('/maintenance/:on', (req, res) => { admin.set('maintenance', req.params.on === 'yes'); res.end(); });
        module.exports = admin;
    """,
    "app.js": """
        const express = require('express');
        const admin = require('./admin');
        const app = express();
        app.use((req, res, next) => (admin.enabled('maintenance') ? res.sendStatus(503) : next()));
        app.use('/admin', admin);
        module.exports = app;
    """,
}


def test_an_apps_settings_changed_by_a_handler_are_state():
    """fresh11-sub-apps: `admin.set('maintenance', true)` in a handler changes the app's settings, which
    a middleware reads with `admin.enabled(...)`: one group. Before, `set` on an app was the runtime's
    and changed nothing the analysis saw, so the middleware read main's settings (no 503)."""
    assert same_group(SUB_APP_SETTINGS, "put_maintenance_on", "use_root")


OWN_PROPERTIES = """
    const express = require('express');
    const app = express();
    app.hits = 0;
    app.use((req, res, next) => { req.app.hits++; next(); });
    app.post('/evict', (req, res) => {
      req.app.evictions = (req.app.evictions ?? 0) + 1;
      res.json({ evictions: req.app.evictions });
    });
    app.get('/hits', (req, res) => res.json({ hits: app.hits }));
    app.delete('/hits', (req, res) => { delete app.hits; res.end(); });
"""


def test_a_property_the_program_sets_on_the_app_through_req_app_is_a_write_of_the_app():
    lines = write_lines(OWN_PROPERTIES, "app")
    assert {("use_root", 4), ("post_evict", 6), ("delete_hits", 10)} <= lines


def test_the_middleware_writing_it_and_the_route_reading_it_share_a_group():
    assert same_group(OWN_PROPERTIES, 4, 5, 9)
