"""An emit called indirectly (`EventEmitter.prototype.emit.call(bus, 'x')`, `Reflect.apply(bus.emit, bus,
['x'])`) runs the listeners as `bus.emit('x')` does; the analysis saw no emit, so the listener's write of
`tally` was nobody's and each node counted its own (a probe of the twenty-sixth round)."""
import pytest

from .helpers import write_lines

SOURCE = """
    const express = require('express');
    const { EventEmitter } = require('events');
    const app = express();
    const bus = new EventEmitter();
    const tally = { n: 0 };
    bus.on('x', () => tally.n++);
    app.get('/a', (req, res) => { EMIT; res.json(tally); });
"""


@pytest.mark.parametrize("emit", ["EventEmitter.prototype.emit.call(bus, 'x')", "bus.emit.apply(bus, ['x'])",
                                  "Reflect.apply(bus.emit, bus, ['x'])"])
def test_an_indirect_emit_runs_the_listeners(emit):
    assert ("get_a", 6) in write_lines(SOURCE.replace("EMIT", emit), "tally")
