"""`Object.defineProperty(settings, key, { get() {...} })` in a loop over keys: a getter of a name the
analysis cannot read is a getter of any name, so `settings.currency` runs it. It was found under no
name, so its read counter (`reads[key]++`) was written by handlers analysed as never writing it
(fresh26b-esm-lazy-getters: each node counted its own reads). An enumerable one runs where the object
is spread too."""
from .helpers import write_lines

LOOP = """
    const express = require('express');
    const app = express();
    const reads = {};
    const raw = { currency: 'EUR', rounding: 2 };
    const settings = {};
    for (const key of Object.keys(raw)) {
      Object.defineProperty(settings, key, {
        enumerable: true,
        get() { reads[key] = (reads[key] || 0) + 1; return raw[key]; },
      });
    }
    app.get('/currency', (req, res) => res.json({ c: settings.currency }));
    app.get('/all', (req, res) => res.json({ ...settings }));
    app.get('/reads', (req, res) => res.json(reads));
"""


def test_a_getter_defined_under_a_computed_name_runs_on_any_member_read():
    assert ("get_currency", 9) in write_lines(LOOP, "reads")


def test_an_enumerable_defined_getter_runs_where_the_object_is_spread():
    assert ("get_all", 9) in write_lines(LOOP, "reads")
