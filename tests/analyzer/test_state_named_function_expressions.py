"""A named function expression writing properties on itself (`nextId.last = ...` inside
`function nextId() {}`) writes the value that holds it: the module's exports, or the variable
it was assigned to (fresh18-self-counting-fns)."""
from .helpers import same_group, stateful, write_lines

EXPORTED = {
    "lib/next-id.js": """
        module.exports = function nextId(prefix) {
          nextId.last = (nextId.last ?? 0) + 1;
          return prefix + nextId.last;
        };
    """,
    "app.js": """
        const express = require('express');
        const nextId = require('./lib/next-id');
        const app = express();
        app.post('/posts', (req, res) => {
          res.json({ id: nextId('post') });
        });
        app.post('/comments', (req, res) => {
          res.json({ id: nextId('c') });
        });
        app.get('/stats', (req, res) => res.json({ last: nextId.last ?? 0 }));
        module.exports = app;
    """,
}


def test_a_function_exported_as_module_exports_writing_its_own_property_writes_the_requiring_variable():
    fluxions = {f for f, _ in write_lines(EXPORTED, "nextId")}
    assert {"post_posts", "post_comments"} <= fluxions


def test_its_callers_and_readers_are_stateful_and_share_a_group():
    assert stateful(EXPORTED, 4) and stateful(EXPORTED, 7) and same_group(EXPORTED, 4, 7, 10)


ASSIGNED = """
    const express = require('express');
    const slugify = function toSlug(text) {
      toSlug.made = (toSlug.made || 0) + 1;
      return String(text).toLowerCase();
    };
    const app = express();
    app.post('/slug', (req, res) => res.json({ slug: slugify(req.body.text) }));
    app.get('/made', (req, res) => res.json({ made: slugify.made ?? 0 }));
"""


def test_a_function_expression_assigned_to_a_variable_writing_its_own_name_writes_that_variable():
    assert ("post_slug", 3) in write_lines(ASSIGNED, "slugify")


def test_the_writer_and_the_reader_share_a_group():
    assert same_group(ASSIGNED, 7, 8)
