"""Hooks written as tapable's: `tap(name, fn)` keeps `const tap = { name, fn }` in `this.taps` (pushed, or
spliced in by stage), `call(...args)` runs `for (const tap of this.taps) tap.fn(...args)`. An entry object
made in a variable named no function (only one written in the call's arguments did), so a plugin's tap
writing its instance's counter, a factory's closure or a module variable ran nowhere: `slugs.made`
answered 0 (fresh23b-tapable-hooks)."""
from .helpers import graph

SOURCE = """
const express = require('express');
class Hook {
  constructor() { this.taps = []; }
  tap(name, fn) {
    const tap = { name, fn };
    const at = this.taps.findIndex((t) => t.name > name);
    if (at === -1) this.taps.push(tap); else this.taps.splice(at, 0, tap);
  }
  call(...args) { for (const tap of this.taps) tap.fn(...args); }
}
class SlugPlugin {
  made = 0;
  apply(hooks) { hooks.created.tap('slug', () => { this.made += 1; }); }
}
let featured = null;
const hooks = { created: new Hook() };
const slugs = new SlugPlugin();
for (const plugin of [slugs]) plugin.apply(hooks);
hooks.created.tap('feature', (post) => { featured ??= post; });
const app = express();
app.post('/posts', (req, res) => { hooks.created.call(req.body); res.end(); });
app.get('/state', (req, res) => res.json({ made: slugs.made, featured }));
module.exports = app;
"""


def writers(name):
    return {w["fluxion"] for v in graph({"app.js": SOURCE})["variables"] if v["name"] == name for w in v.get("writes", [])}


def test_a_tap_kept_in_an_entry_variable_runs_where_the_hook_is_called():
    assert "post_posts" in writers("slugs")
    assert "post_posts" in writers("featured")
