"""Mutating built-ins change the state they are called on, whoever holds it."""
import pytest

from .helpers import same_group, stateful, write_lines

TEMPLATE = """
    const express = require('express');
    const app = express();
    const config = {{ tags: new Set(), list: [], byId: new Map(), n: 0, meta: {{}} }};
    const view = config;
    app.post('/w', (req, res) => {{
      {write};
      res.end();
    }});
    app.get('/r', (req, res) => res.json(config.n));
"""

WRITES = [
    "view.tags.add(req.query.t)",
    "view.tags.clear()",
    "view.list.splice(0, 1)",
    "view.list.sort()",
    "view.byId.delete('x')",
    "Object.assign(view.meta, req.query)",
    "delete view.meta.x",
    "view.n++",
    "view.meta.last = req.query.t",
    "view.meta['k' + 1] = 2",
    "Object.defineProperty(view.meta, 'x', { value: 1 })",
    "const list = view.list; list.length = 0",
    "const m = view.meta; [1, 2].forEach((i) => { m[i] = i; })",
    "Object.freeze(view.meta)",  # later writes to it fail: its frozenness is state, and travels
    "Object.seal(view.list)",
    "Object.preventExtensions(view.meta)",
]


@pytest.mark.parametrize("write", WRITES)
def test_a_mutating_builtin_through_an_alias_writes_the_binding(write):
    src = TEMPLATE.format(write=write)
    assert stateful(src, 5) and write_lines(src, "config") == {("post_w", 6)}


READS = [
    "view.list.slice(0)",
    "view.byId.get('x')",
    "view.tags.has('x')",
    "Object.keys(view.meta)",
    "JSON.stringify(view)",
    "const copy = [...view.list]; copy.push(1)",
    "let n = view.n; n++",
]


@pytest.mark.parametrize("read", READS)
def test_reads_and_local_copies_are_not_writes(read):
    src = TEMPLATE.format(write=read)
    assert not stateful(src, 5)


REFLECTED = """
    const express = require('express');
    const app = express();
    const tally = {};
    const bump = (obj, key) => { obj[key] = (obj[key] ?? 0) + 1; };
    app.post('/a/:k', (req, res) => { Reflect.apply(bump, null, [tally, req.params.k]); res.end(); });
    const args = [tally, 'b'];
    app.post('/b', (req, res) => { Reflect.apply(bump, undefined, args); res.end(); });
    app.get('/', (req, res) => res.json(tally));
"""


def test_a_function_run_by_reflect_apply_writes_the_arguments_it_is_given():
    """`Reflect.apply(bump, null, [tally, key])` runs bump on tally (unseen-indirect-writes):
    with the arguments written out, and with an array whose elements the analysis does not list."""
    assert stateful(REFLECTED, 5) and same_group(REFLECTED, 5, 8)
    assert stateful(REFLECTED, 7) and same_group(REFLECTED, 7, 8)


GLOBAL_REGEXPS = """
    const express = require('express');
    const WORD = /[a-z]+/g;
    const STICKY = new RegExp('\\\\d+', 'y');
    const HEX = /^[0-9a-f]+$/i;
    const app = express();
    app.get('/word', (req, res) => res.json(WORD.exec(req.query.t)));
    app.get('/digits', (req, res) => res.json(STICKY.test(req.query.t)));
    app.get('/hex', (req, res) => res.json(HEX.test(req.query.t)));
    module.exports = app;
"""


def test_exec_and_test_of_a_global_or_sticky_regexp_write_its_last_index():
    """A `/g` or `/y` regular expression moves its `lastIndex` at each `exec` and `test`: the
    handler changes module state (state-regexp-last-index). One without those flags keeps
    nothing, and `test` of it stays a read."""
    assert write_lines(GLOBAL_REGEXPS, "WORD") == {("get_word", 6)}
    assert write_lines(GLOBAL_REGEXPS, "STICKY") == {("get_digits", 7)}
    assert not stateful(GLOBAL_REGEXPS, 8)


TAGGED = """
    const express = require('express');
    const queries = [];
    const sql = (strings, ...values) => { queries.push(values); return strings.join('?'); };
    const pure = (strings) => strings.join('');
    const app = express();
    app.get('/q/:id', (req, res) => res.json(sql`SELECT ${req.params.id}`));
    app.get('/p', (req, res) => res.json(pure`static`));
    app.get('/log', (req, res) => res.json(queries));
    module.exports = app;
"""


def test_a_tagged_template_runs_its_tag_in_the_calling_fluxion():
    """`` sql`SELECT ${id}` `` calls `sql`, which logs to module state: the handler writes
    `queries` (state-tagged-templates). Before, a tagged template was no call: the handler was
    replicated and /log read main's empty list. A tag that changes nothing keeps its caller
    stateless."""
    assert write_lines(TAGGED, "queries") == {("get_q_id", 3)}
    assert same_group(TAGGED, 6, 8)
    assert not stateful(TAGGED, 7)


DEFINED_MANY = {
    "lib/counters.js": """
        let reads = 0;
        let writes = 0;
        Object.defineProperties(module.exports, {
          reads: { get: () => reads, enumerable: true },
          writes: {
            get() { return writes; },
            set(v) { writes = v; },
            enumerable: true,
          },
        });
        module.exports.read = () => ++reads;
    """,
    "app.js": """
        const express = require('express');
        const counters = require('./lib/counters');
        const app = express();
        app.post('/w', (req, res) => {
          counters.writes += 1;
          res.json({ writes: counters.writes });
        });
        app.get('/counters', (req, res) => res.json({ writes: counters.writes }));
        module.exports = app;
    """,
}


def test_a_setter_defined_by_object_defineProperties_writes_its_module_variable_in_the_caller():
    assert ("post_w", 7) in write_lines(DEFINED_MANY, "writes")


def test_the_setters_caller_and_the_getters_reader_share_a_group():
    assert same_group(DEFINED_MANY, 4, 8)
