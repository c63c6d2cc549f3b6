"""State written the ways the third fresh corpus (tests/services/fresh3-*) writes it."""
from .helpers import same_group, stateful, summary, variable

INHERITS = """
    const express = require('express');
    const util = require('util');
    const app = express();
    function Account(id) { this.id = id; }
    Account.prototype.deposit = function (n) { this.balance = (this.balance || 0) + n; };
    function Savings(id, rate) { Account.call(this, id); this.rate = rate; }
    util.inherits(Savings, Account);
    const accounts = {};
    app.post('/a/:id', (req, res) => { accounts[req.params.id] = new Savings(req.params.id, 2); res.json({}); });
"""


def test_constructors_handed_to_util_inherits_are_no_continuations():
    """fresh3-mixin-accounts: util.inherits only wires prototypes; it never calls the
    constructors it is given, so they are not fluxions (a constructor made a fluxion
    of its own built plain objects on the nodes)."""
    assert summary(INHERITS) == ["main", ("start", 9)]


LODASH = """
    const express = require('express');
    const _ = require('lodash');
    const { merge } = require('lodash');
    const app = express();
    const settings = {};
    const flags = {};
    app.put('/settings/:k', (req, res) => { _.set(settings, req.params.k, req.body.v); res.json({}); });
    app.put('/flags', (req, res) => { merge(flags, req.body); res.json({}); });
    app.get('/settings', (req, res) => res.json({ settings, flags }));
"""


def test_a_package_function_handed_module_state_may_write_it():
    """fresh3-lodash-state: `_.set(settings, path, v)`, `merge(flags, patch)`: code of a
    package, which the analysis does not read, handed program state, may change it."""
    assert stateful(LODASH, 7) and stateful(LODASH, 8)
    assert same_group(LODASH, 7, 9) and same_group(LODASH, 8, 9)


ONCE = """
    const express = require('express');
    const _ = require('lodash');
    const app = express();
    const settings = {};
    const seed = _.once(() => {
      _.merge(settings, { theme: 'light' });
    });
    app.use((req, res, next) => { seed(); next(); });
    app.get('/settings', (req, res) => res.json(settings));
"""


def test_a_function_handed_to_lodash_once_is_a_continuation_not_a_listener():
    """fresh3-lodash-memo: `_.once(fn)` is no `emitter.once(event, listener)`: fn is handed
    to the package, which calls it later; its write of `settings` is not main's."""
    assert ("post", 5) in summary(ONCE) and stateful(ONCE, 5)


LOGICAL_ASSIGN = """
    const express = require('express');
    const app = express();
    class Doc { constructor() { this.lines = []; } add(t) { this.lines.push(t); } }
    const docs = {};
    app.param('doc', (req, res, next, name) => { req.doc = docs[name] ??= new Doc(); next(); });
    app.post('/docs/:doc', (req, res) => { req.doc.add(req.body.text); res.json(req.doc.lines); });
"""


def test_the_value_of_a_logical_assignment_is_its_target_s():
    """fresh3-editor-undo: `req.doc = docs[name] ??= new Doc()` gives the document held
    by `docs` (or the new one put there): a handler changing req.doc changes `docs`."""
    assert stateful(LOGICAL_ASSIGN, 6) and same_group(LOGICAL_ASSIGN, 5, 6)


NAMED_LIKE_BUILTINS = """
    const express = require('express');
    const app = express();
    class Doc {
      constructor() { this.lines = ['a']; }
      replace(at, text) { this.lines[at] = text; }
      filter(word) { this.lines = this.lines.filter((l) => l !== word); }
    }
    const docs = new Map([['a', new Doc()]]);
    app.put('/:d/:n', (req, res) => { docs.get(req.params.d).replace(Number(req.params.n), req.body.text); res.json({}); });
    app.delete('/:d/:w', (req, res) => { docs.get(req.params.d).filter(req.params.w); res.json({}); });
"""


def test_a_program_method_named_like_an_iterating_builtin_may_write():
    """fresh3-editor-undo: `req.doc.replace(n, text)` (a document the analysis cannot
    resolve to its class) may be the program's method, which writes `this`, not
    String.prototype.replace."""
    assert stateful(NAMED_LIKE_BUILTINS, 9) and stateful(NAMED_LIKE_BUILTINS, 10)


PRIVATE_AND_COMPUTED = """
    const express = require('express');
    const app = express();
    class Doc {
      static audit = [];
      #log(what) { Doc.audit.push(what); }
      add(t) { this.#log('add ' + t); }
      undo() { Doc.audit.push('undo'); }
    }
    const docs = new Map([['a', new Doc()]]);
    app.post('/:d/add', (req, res) => { docs.get(req.params.d).add(req.body.text); res.json({}); });
    app.post('/:d/:op', (req, res) => { docs.get(req.params.d)[req.params.op](); res.json({}); });
    app.get('/audit', (req, res) => res.json(Doc.audit));
"""


def test_statics_written_by_a_private_method_and_by_a_computed_call():
    """fresh3-editor-undo: `this.#run(...)` runs the private method `#run` (which pushes to a
    static array), and `req.doc[action]()` may run any method of the program's classes:
    the handlers write the class's static state."""
    assert stateful(PRIVATE_AND_COMPUTED, 10) and stateful(PRIVATE_AND_COMPUTED, 11)
    assert same_group(PRIVATE_AND_COMPUTED, 10, 11, 12)


DEFINED_GETTER = {
    "app.js": """
        const express = require('express');
        const ids = require('./ids');
        const app = express();
        app.post('/ids', (req, res) => res.json({ id: ids.nextId() }));
        app.get('/stats', (req, res) => res.json({ issued: ids.issued }));
    """,
    "ids.js": """
        let issued = 0;
        exports.nextId = () => ++issued;
        Object.defineProperty(module.exports, 'issued', { get: () => issued, enumerable: true });
    """,
}


def test_a_getter_made_by_define_property_reads_the_module_variable_it_returns():
    """fresh3-layered-notes: `ids.issued` runs the getter `Object.defineProperty` put on
    module.exports, which reads the counter `nextId` writes: both fluxions share it."""
    assert same_group(DEFINED_GETTER, 4, 5)


CONSTRUCTOR_TABLE = """
    const express = require('express');
    const app = express();
    function Account(id) { this.id = id; Account.open += 1; }
    Account.open = 0;
    function Savings(id) { Account.call(this, id); }
    const kinds = { basic: Account, savings: Savings };
    const accounts = [];
    app.post('/accounts', (req, res) => { const Kind = kinds[req.body.kind]; accounts.push(new Kind(1)); res.json({}); });
    app.get('/open', (req, res) => res.json({ open: Account.open }));
"""


def test_a_constructor_taken_from_a_table_of_them_runs_where_it_is_called():
    """fresh3-mixin-accounts: `const Kind = kinds[kind]; new Kind(...)` may run any
    constructor of the table, and `Account.open += 1` in it is that handler's write."""
    assert same_group(CONSTRUCTOR_TABLE, 8, 9)


REGISTRY = """
    const express = require('express');
    const app = express();
    class Win {
      static instances = [];
      constructor(max) { this.max = max; this.log = {}; Win.instances.push(this); }
      hit(key) { (this.log[key] ??= []).push(1); return this.log[key].length <= this.max; }
    }
    const quota = new Win(2);
    app.get('/s', (req, res) => res.json({ ok: quota.hit(req.query.k) }));
    app.get('/w', (req, res) => res.json(Win.instances.map((w) => w.log)));
"""


def test_an_instance_its_constructor_registers_in_a_static_list_is_one_object_with_it():
    """fresh3-rate-limits: `SlidingWindow.instances.push(this)` in the constructor: the
    window `quota` holds is also in the class's static list; a change through either is
    a change of both."""
    assert same_group(REGISTRY, 9, 10)


MADE_FUNCTIONS = """
    const express = require('express');
    const _ = require('lodash');
    const app = express();
    const settings = {};
    const priceOf = _.memoize((sku) => sku.length);
    const seed = _.once(() => { _.merge(settings, { theme: 'light' }); });
    app.get('/price/:sku', (req, res) => res.json(priceOf(req.params.sku)));
    app.use((req, res, next) => { seed(); next(); });
    app.get('/settings', (req, res) => res.json(settings));
"""


def test_a_call_of_a_function_a_package_made_may_write_it():
    """fresh3-lodash-memo: `priceOf(sku)` changes `priceOf.cache`, `seed()` the flag in
    `_.once`'s closure: a call of what a package call made, kept in a module variable,
    is a possible write of that variable."""
    assert stateful(MADE_FUNCTIONS, 7) and stateful(MADE_FUNCTIONS, 8)
    assert [w["unresolved"] for w in variable(MADE_FUNCTIONS, "priceOf")["writes"]] == ["priceOf"]


def test_a_fluxion_calling_a_made_function_joins_the_callback_it_was_made_with():
    """`seed()` runs the callback `_.once` was given, in the caller's message: the caller
    is in the unit of what that callback writes (`settings`)."""
    assert same_group(MADE_FUNCTIONS, 6, 8, 9)
