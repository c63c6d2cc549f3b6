"""`require(`./listeners/${name}`)(bus)` in a loop over a list of names calls the function each of those
modules exports, as `require('./listeners/stock')(bus)` does: its parameter is then the service's own emitter,
whose `emit` runs the listeners inside the emitting handler. The analysis saw no caller, took `bus` for a
runtime emitter and made each listener a unit of its own, whose writes to `levels` were lost (fresh27b-bus-listeners)."""
import pytest

from .helpers import write_lines

STOCK = """
    const levels = { widget: 5 };
    module.exports = function register(bus) {
      bus.on('order:placed', (order) => { levels.widget -= order.qty; });
      return { report: () => levels };
    };
"""

LOOPS = {
    "template": "for (const name of ['stock']) modules[name] = require(`./listeners/${name}`)(bus);",
    "concat": "for (const name of ['stock']) modules[name] = require('./listeners/' + name)(bus);",
    "variable": "const names = ['stock'];\nfor (const name of names) { const register = require(`./listeners/${name}.js`); modules[name] = register(bus); }",
    "folder": "for (const name of fs.readdirSync(path.join(__dirname, 'listeners'))) modules[name] = require('./listeners/' + name)(bus);",
}


@pytest.mark.parametrize("loop", list(LOOPS))
def test_a_listener_registered_by_a_computed_require_writes_in_the_emitting_handler(loop):
    app = """
        const express = require('express');
        const fs = require('fs');
        const path = require('path');
        const { EventEmitter } = require('events');
        const app = express();
        const bus = new EventEmitter();
        const modules = {};
        LOOP
        app.post('/orders', (req, res) => { bus.emit('order:placed', { qty: 1 }); res.end(); });
        app.get('/stock', (req, res) => res.json(modules.stock.report()));
    """.replace("LOOP", LOOPS[loop])
    lines = write_lines({"app.js": app, "listeners/stock.js": STOCK}, "levels")
    assert {f for f, _ in lines} == {"post_orders"}, lines


ESM_STOCK = """
    const levels = { widget: 5 };
    export default function register(bus) {
      bus.on('order:placed', (order) => { levels.widget -= order.qty; });
      return { report: () => levels };
    }
"""

ESM_LOOPS = {
    "destructured": "for (const name of ['stock']) { const { default: register } = await import(`./listeners/${name}.js`); "
                    "modules[name] = register(bus); }",
    "member": "for (const name of ['stock']) modules[name] = (await import('./listeners/' + name + '.js')).default(bus);",
}


@pytest.mark.parametrize("loop", list(ESM_LOOPS))
def test_a_listener_registered_by_a_computed_import_writes_in_the_emitting_handler(loop):
    app = """
        import express from 'express';
        import { EventEmitter } from 'node:events';
        const app = express();
        const bus = new EventEmitter();
        const modules = {};
        LOOP
        app.post('/orders', (req, res) => { bus.emit('order:placed', { qty: 1 }); res.end(); });
        app.get('/stock', (req, res) => res.json(modules.stock.report()));
        export default app;
    """.replace("LOOP", ESM_LOOPS[loop])
    files = {"package.json": '{"type": "module", "main": "app.js"}', "app.js": app, "listeners/stock.js": ESM_STOCK}
    lines = write_lines(files, "levels")
    assert {f for f, _ in lines} == {"post_orders"}, lines
