"""An arrow that keeps its method's `this` (`setTimeout(() => this.flush())`) made by a method
another method calls on `this` (`enqueue` calling `this.#schedule()`): called as
`outbox.enqueue(e)`, the arrow's `this` is `outbox` (fresh10-outbox-writer: the timer's arrow
was a unit of its own and flushed a copy of the outbox)."""
import pytest

from .helpers import same_group, summary

OUTBOX = """
    const express = require('express');
    const app = express();
    class Outbox {
      #pending = [];
      flushes = 0;
      enqueue(e) { this.#pending.push(e); this.%(schedule)s(); }
      %(schedule)s() { setTimeout(() => this.flush(), 600); }
      flush() { this.#pending.splice(0); this.flushes++; }
    }
    const outbox = new Outbox();
    app.post('/e', (req, res) => { outbox.enqueue(1); res.end(); });
    app.get('/s', (req, res) => res.json(outbox.flushes));
"""


@pytest.mark.parametrize("schedule", ["#schedule", "schedule"])
def test_an_arrow_made_by_a_method_called_on_this_runs_with_the_callers_receiver(schedule):
    src = OUTBOX % {"schedule": schedule}
    assert ("post", 7) in summary(src)  # the timer's arrow
    assert same_group(src, 7, 11, 12)


def test_through_two_methods_and_a_saved_this():
    src = """
        const express = require('express');
        const app = express();
        class Poller {
          ticks = 0;
          start() { const self = this; self.arm(); }
          arm() { this.later(); }
          later() { setTimeout(() => { this.ticks++; }, 10); }
        }
        const poller = new Poller();
        app.post('/start', (req, res) => { poller.start(); res.end(); });
        app.get('/ticks', (req, res) => res.json(poller.ticks));
    """
    assert same_group(src, 7, 10, 11)
