"""A helper changes what it is given through `arguments`, a rest parameter, a destructured
parameter or a borrowed built-in method (`Array.prototype.push.apply(target, items)`): the
caller's state is written (fresh10-notifier-channels: `tagAll(history, ...marks)` with
`const target = arguments[0]` was analysed as stateless and replicated)."""
import pytest

from .helpers import stateful

SERVICE = """
    const express = require('express');
    const app = express();
    const history = [];
    %s
    app.post('/mark', (req, res) => res.json(%s));
    app.get('/history', (req, res) => res.json(history));
"""

WRITERS = {
    "arguments": ("function tag() { arguments[0].push('x'); return 1; }", "tag(history, 'a')"),
    "arguments alias": ("function tag() { const target = arguments[0]; target.push('x'); return 1; }",
                        "tag(history)"),
    "arguments returned": ("function pick() { return arguments[1]; }\nconst tag = (x) => pick(1, x).push(2);",
                           "tag(history)"),
    "rest element": ("function tag(first, ...rest) { rest[1].push(first); return 1; }", "tag('a', 'b', history)"),
    "rest destructured": ("function tag(...args) { const [list, item] = args; list.push(item); return 1; }",
                          "tag(history, 'a')"),
    "object pattern": ("function tag({ list, item }) { list.push(item); return 1; }",
                       "tag({ list: history, item: 'a' })"),
    "array pattern": ("function tag([list], item) { list.push(item); return 1; }", "tag([history], 'a')"),
    "default": ("function tag(item, list = []) { list.push(item); return 1; }", "tag('a', history)"),
    "after a spread": ("function tag(a, b, list) { list.push(a); return 1; }", "tag(...['a'], 'b', history)"),
    "apply": ("function tag(list, item) { list.push(item); return 1; }", "tag.apply(null, [history, 'a'])"),
    "borrowed push.apply": ("function tag(target, ...more) { Array.prototype.push.apply(target, more); return 1; }",
                            "tag(history, 'a')"),
    "borrowed push.call": ("function tag(target, x) { [].push.call(target, x); return 1; }", "tag(history, 'a')"),
}


@pytest.mark.parametrize("name", WRITERS)
def test_a_handler_whose_helper_writes_its_argument_is_stateful(name):
    helper, call = WRITERS[name]
    assert stateful(SERVICE % (helper, call), 5 + helper.count("\n"))


def test_a_rest_array_of_its_own_is_not_the_callers_state():
    """`args.push(x)` changes the array the rest parameter made, not an argument."""
    helper = "function tag(...args) { args.push('x'); return args.length; }"
    assert not stateful(SERVICE % (helper, "tag(history)"), 5)


HANDED = """
    const express = require('express');
    const app = express();
    const tags = new Set();
    app.post('/tags', (req, res) => { %s; res.end(); });
    app.get('/tags', (req, res) => res.json([...tags]));
"""


@pytest.mark.parametrize("code", ["req.body.tags.forEach(tags.add, tags)",
                                  "req.body.tags.forEach(Set.prototype.add, tags)",
                                  "req.body.tags.map(tags.delete, tags)"])
def test_a_changing_method_handed_as_a_callback_writes_its_object(code):
    """fresh10-notifier-channels: `newTags.forEach(tags.add, tags)` added to a module Set (lost
    while units moved: the handler was analysed as stateless)."""
    assert stateful(HANDED % code, 4)
