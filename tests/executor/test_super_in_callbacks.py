"""An arrow using its method's `super` that must leave its class: a timer's callback, a `.then` callback,
an async mapper of `Promise.all`. It was refused at deployment ('a callback that uses `super` cannot run
as a fluxion of its own yet') or kept in place; in a method of a top-level class, executor/compiler.py now
reads `super.x` as `Reflect.get(Object.getPrototypeOf(Class.prototype), "x", this)` and the arrow keeps
its `this` (fresh26a-esm-repo-hooks)."""
import json

import pytest

from executor.errors import DeployError
from tests.executor.runtime_harness import LocalService

APP = """
const express = require('express');
const app = express();
app.use(express.json());
const later = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
class BaseRepo {
  items = [];
  static made = 0;
  static create() { BaseRepo.made++; return new this(); }
  toDTO(x) { return { id: x.id, name: x.name }; }
  async insert(x) { await later(1); this.items.push(x); return x; }
  flush() { this.flushed = (this.flushed ?? 0) + 1; return this.flushed; }
}
class UserRepo extends BaseRepo {
  static create() { return later(1).then(() => super.create()); }
  toDTO(x) { return { ...super.toDTO(x), kind: 'user' }; }
  async insertMany(list) {
    const out = await Promise.all(list.map(async (x, i) => super.insert({ ...x, at: i })));
    setTimeout(() => super.flush(), 5);
    return out.map((x) => this.toDTO(x));
  }
  async rename(id, name) {
    const row = this.items.find((r) => r.id === id);
    return later(1).then(() => { row.name = name; return super['toDTO'](row); });
  }
}
const repo = new UserRepo();
app.post('/many', async (req, res) => res.json({ out: await repo.insertMany(req.body), n: repo.items.length }));
app.post('/rename/:id', async (req, res) => res.json(await repo.rename(Number(req.params.id), req.body.name)));
app.post('/made', async (req, res) => {
  const r = await UserRepo.create();
  res.json({ made: BaseRepo.made, isUser: r instanceof UserRepo });
});
app.get('/state', (req, res) => res.json({ n: repo.items.length, flushed: repo.flushed ?? 0 }));
module.exports = app;
"""


def post(svc, path, body=None):
    return svc.request("POST", path, headers={"content-type": "application/json"},
                       body=json.dumps(body).encode() if body is not None else b"").json()


def test_arrows_using_super_travel_and_write_their_receiver():
    with LocalService({"app.js": APP}, nodes=2) as svc:
        many = post(svc, "/many", [{"id": 1, "name": "a"}, {"id": 2, "name": "b"}])
        assert many == {"out": [{"id": 1, "name": "a", "kind": "user"}, {"id": 2, "name": "b", "kind": "user"}], "n": 2}
        assert svc.request("GET", "/state").json() == {"n": 2, "flushed": 1}
        assert post(svc, "/many", [{"id": 3, "name": "c"}])["n"] == 3
        assert svc.request("GET", "/state").json() == {"n": 3, "flushed": 2}
        assert post(svc, "/rename/2", {"name": "bee"}) == {"id": 2, "name": "bee"}
        assert post(svc, "/made") == {"made": 1, "isUser": True}
        assert post(svc, "/made") == {"made": 2, "isUser": True}


def test_an_arrow_assigning_a_super_member_is_still_refused_as_a_fluxion():
    src = APP.replace("setTimeout(() => super.flush(), 5);", "setTimeout(() => { super.flushed = 1; }, 5);")
    with pytest.raises(DeployError, match="uses `super`"):
        LocalService({"app.js": src}, nodes=2)


LITERAL = """
const express = require('express');
const base = {
  validate(body) { return typeof body.name === 'string' && body.name.length > 0; },
  describe() { return `${this.kind}:${this.count}`; },
};
const users = {
  __proto__: base,
  kind: 'user',
  count: 0,
  list: [],
  validate(body) { return super.validate(body) && /^[a-z]+$/.test(body.name); },
  get label() { return super.describe().toUpperCase(); },
  add(body) {
    if (!this.validate(body)) return null;
    this.list.push(body.name);
    this.count++;
    return [body.name].map(() => super.describe())[0];
  },
};
const greeter = { __proto__: { greet() { return 'hi'; } }, greet() { return super.greet() + '!'; } };
const app = express();
app.use(express.json());
app.post('/users', (req, res) => {
  const d = users.add(req.body);
  d ? res.status(201).json({ d, list: users.list }) : res.status(400).json({ error: 'invalid' });
});
app.get('/users', (req, res) => res.json({ d: users.describe(), label: users.label, hi: greeter.greet() }));
module.exports = app;
"""


def test_an_object_literal_method_using_super_looks_up_its_literal_prototype():
    """An object literal's method was rebuilt as a method of a literal of its own (`({greet() {...}}).greet`),
    whose prototype is Object.prototype: `super.greet()` threw '(intermediate value).greet is not a
    function'. A method or accessor using `super` stays in its literal (executor/compiler.py uses_super)."""
    with LocalService({"app.js": LITERAL}, nodes=2) as svc:
        assert post(svc, "/users", {"name": "ann"}) == {"d": "user:1", "list": ["ann"]}
        assert svc.request("POST", "/users", headers={"content-type": "application/json"},
                           body=json.dumps({"name": "B0b"})).status == 400
        assert post(svc, "/users", {"name": "cy"}) == {"d": "user:2", "list": ["ann", "cy"]}
        assert svc.request("GET", "/users").json() == {"d": "user:2", "label": "USER:2", "hi": "hi!"}


SPLIT = r"""
const express = require('express');
const { setTimeout: sleep } = require('node:timers/promises');
class Base {
  rows = [];
  normalize(row) { return { ...row, name: String(row.name).trim() }; }
  static tag() { return 'base'; }
  get size() { return this.rows.length; }
}
class Repo extends Base {
  async save(row) {
    const clean = super.normalize(row);
    const size = super.size;
    await sleep(1);
    this.rows.push(clean);
    return { clean, before: size };
  }
  static async describe() {
    const t = super.tag();
    await sleep(1);
    return `${t}/repo`;
  }
}
const Other = class extends Base {
  async save(row) { const c = super.normalize(row); await sleep(1); this.rows.push(c); return c; }
};
const repo = new Repo();
const other = new Other();
const app = express();
app.use(express.json());
app.post('/save', async (req, res) => res.json(await repo.save(req.body)));
app.post('/other', async (req, res) => res.json({ c: await other.save(req.body), n: other.rows.length }));
app.get('/d', async (req, res) => res.json({ d: await Repo.describe(), n: repo.rows.length }));
module.exports = app;
"""


def test_an_async_method_using_super_before_its_first_await_is_split():
    """analyzer/asyncsplit.py kept every async method using `super` whole; in a class declared at the top
    level the part before the first await goes into an arrow whose `super.x` the compiler reads through
    `this` (a static method's through the class); a class expression's method is still kept whole."""
    with LocalService({"app.js": SPLIT}, nodes=2) as svc:
        assert post(svc, "/save", {"name": " a "}) == {"clean": {"name": "a"}, "before": 0}
        assert post(svc, "/save", {"name": "b"}) == {"clean": {"name": "b"}, "before": 1}
        assert post(svc, "/other", {"name": " z "}) == {"c": {"name": "z"}, "n": 1}
        assert svc.request("GET", "/d").json() == {"d": "base/repo", "n": 2}
