"""Runtime bugs the eleventh fresh corpus (tests/services/fresh11-*) found, each on a
LocalService (two isolates: every message may run in another isolate than the
one before, so values cross a serialization boundary between messages)."""
from tests.executor.runtime_harness import LocalService

HEAD = "const express = require('express');\nconst app = express();\napp.use(express.json());\n"
END = "\napp.use((err, req, res, next) => res.status(500).json({ error: err.message }));\nmodule.exports = app;\n"


def service(code, **files):
    return LocalService({"app.js": HEAD + code + END, **files})


def test_off_finds_a_top_level_listener_that_is_a_fluxion_after_the_emitter_travelled():
    """fresh11-domain-bus: `bus.on('placed', award)` in a listener module whose emitter comes
    from another module (`module.exports = DomainBus.instance`, a static getter), then
    `bus.off('placed', award)` in a later request: `award` is a fluxion, and the emitter's
    listener came back from the unit's state as a new function, so `off` found nothing
    (listenerCount stayed 2)."""
    bus = """const { EventEmitter } = require('node:events');
class Bus extends EventEmitter {
  static #one = null;
  static get instance() { return (Bus.#one ??= new Bus()); }
}
module.exports = Bus.instance;
"""
    loyalty = """const bus = require('./bus');
const points = new Map();
const award = (e) => { points.set(e.who, (points.get(e.who) ?? 0) + e.n); };
bus.on('placed', award);
module.exports = {
  points,
  pause() { bus.off('placed', award); return bus.listenerCount('placed'); },
  resume() { bus.on('placed', award); return bus.listenerCount('placed'); },
};
"""
    with service("""
const bus = require('./bus');
const loyalty = require('./loyalty');
bus.on('placed', (e) => { e.seen = true; });
app.post('/placed/:n', (req, res) => res.json(bus.emit('placed', { who: 'a', n: Number(req.params.n) })));
app.post('/pause', (req, res) => res.json(loyalty.pause()));
app.post('/resume', (req, res) => res.json(loyalty.resume()));
app.get('/points', (req, res) => res.json(loyalty.points.get('a') ?? 0));""",
                 **{"bus.js": bus, "loyalty.js": loyalty}) as svc:
        svc.request("POST", "/placed/3")
        assert svc.request("POST", "/pause").json() == 1
        svc.request("POST", "/placed/5")
        assert svc.request("GET", "/points").json() == 3
        assert svc.request("POST", "/resume").json() == 2
        svc.request("POST", "/placed/7")
        assert svc.request("GET", "/points").json() == 10


def test_an_object_made_on_a_program_prototype_keeps_it_after_travelling():
    """fresh11-revealing-modules: shapes made by `Object.assign(Object.create(circleProto), ...)` where
    `circleProto = Object.create(shapeProto, { area: { value() {...} } })`: the shapes (and the
    prototypes, module state of the unit) travelled as plain objects, so `shape.describe()` failed
    ('shape.describe is not a function', a 500) and the descriptor's hidden `area` was lost."""
    with service("""
const shapeProto = { describe() { return this.kind + ' ' + this.area().toFixed(1); }, grow(f) { this.scale *= f; return this; } };
const circleProto = Object.create(shapeProto, { area: { value() { return 3 * (this.r * this.scale) ** 2; } } });
const shapes = [];
app.post('/circle/:r', (req, res) => {
  const shape = Object.assign(Object.create(circleProto), { kind: 'circle', scale: 1, r: Number(req.params.r) });
  shapes.push(shape);
  res.json(shape.describe());
});
app.post('/grow/:i', (req, res) => res.json(shapes[req.params.i].grow(2).describe()));
app.get('/all', (req, res) => res.json(shapes.map((s) => s.describe())));""") as svc:
        assert svc.request("POST", "/circle/1").json() == "circle 3.0"
        assert svc.request("POST", "/circle/2").json() == "circle 12.0"
        assert svc.request("POST", "/grow/0").json() == "circle 12.0"
        assert svc.request("GET", "/all").json() == ["circle 12.0", "circle 12.0"]


def test_a_mounted_sub_app_is_an_emitter_and_its_handlers_see_it_as_req_app():
    """fresh11-sub-apps: `blog.on('mount', ...)` failed the deployment ('blog.on is not a function':
    an app is an EventEmitter in Express); once mounted, `blog.mountpath`, `blog.parent` and, in its
    handlers, `req.app` (the sub-app, with the locals its unit keeps) are Express's; `admin.set(...)` in
    a handler is kept with the app's unit."""
    blog = """const express = require('express');
const blog = express();
blog.locals.posts = [];
let mountedAt = null;
blog.on('mount', (parent) => { mountedAt = blog.mountpath; parent.locals.sections = ['blog']; });
blog.post('/posts/:t', (req, res) => { blog.locals.posts.push(req.params.t); res.json(blog.locals.posts.length); });
blog.get('/posts', (req, res) => res.json({ same: req.app === blog, posts: req.app.locals.posts, mountedAt,
                                            parent: typeof blog.parent, sections: blog.parent.locals.sections }));
blog.put('/flag/:on', (req, res) => { blog.set('flag', req.params.on === 'yes'); res.json(blog.enabled('flag')); });
blog.get('/flag', (req, res) => res.json(blog.enabled('flag')));
module.exports = blog;
"""
    with service("""
const blog = require('./blog');
app.use('/blog', blog);
app.get('/who', (req, res) => res.json(req.app === app));""", **{"blog.js": blog}) as svc:
        assert svc.request("POST", "/blog/posts/a").json() == 1
        assert svc.request("POST", "/blog/posts/b").json() == 2
        assert svc.request("GET", "/blog/posts").json() == {"same": True, "posts": ["a", "b"], "mountedAt": "/blog",
                                                          "parent": "function", "sections": ["blog"]}
        assert svc.request("GET", "/who").json() is True
        assert svc.request("PUT", "/blog/flag/yes").json() is True
        assert svc.request("GET", "/blog/flag").json() is True
