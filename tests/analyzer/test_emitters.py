"""Listeners of the runtime's emitters (a server, a request, process) are `start`; `once` is
a `post` continuation. An emitter the service makes itself runs its listeners inside `emit`,
within the message: they are not rupture points (see test_state_emitters.py)."""

from .helpers import assert_fluxions, fluxion, graph, kind_of, same_group

BUS = """
    var EventEmitter = require('events');
    var bus = new EventEmitter();
    bus.on('msg', function onMsg(m) { console.log(m); });
    bus.once('ready', function onReady() {});
    bus.addListener('x', function onX() {});
    bus.prependListener('y', function onY() {});
    bus.emit('msg', 1);
"""


def test_listeners_of_an_own_emitter_are_not_fluxions():
    assert_fluxions(BUS, ["main"])


def test_emit_is_not_a_rupture():
    assert "bus.emit" not in {s["callee"] for s in graph(BUS)["streams"]}


def test_emitter_from_destructured_and_prefixed_modules():
    src = """
        const { EventEmitter } = require('events');
        const a = new EventEmitter();
        a.on('a', function onA() {});
        const events = require('node:events');
        const b = new events.EventEmitter();
        b.on('b', function onB() {});
    """
    assert_fluxions(src, ["main"])


def test_request_stream_listeners_inside_a_handler():
    src = """
        var express = require('express');
        var app = express();
        app.post('/upload', function upload(req, res) {
          var body = '';
          req.on('data', function onData(chunk) { body += chunk; });
          req.on('end', function onEnd() { res.send(body); });
        });
    """
    assert_fluxions(src, ["main", ("start", 3), ("start", 5), ("start", 6)])
    assert kind_of(src, "body") == "share" and same_group(src, 3, 5, 6)


def test_listener_writes_for_the_route_that_emits():
    src = """
        var express = require('express');
        var EventEmitter = require('events');
        var app = express();
        var bus = new EventEmitter();
        var last = null;
        bus.on('order', function onOrder(o) { last = o; });
        app.post('/order', function order(req, res) { bus.emit('order', req.body); res.end(); });
        app.get('/last', function showLast(req, res) { res.json(last); });
    """
    assert kind_of(src, "last") == "share" and same_group(src, 7, 8)


def test_server_listener_is_start():
    src = """
        var http = require('http');
        var server = http.createServer();
        server.on('request', function onRequest(req, res) { res.end('x'); });
    """
    assert fluxion(src, 3)["kind"] == "start"


def test_create_server_request_listener_is_start():
    src = """
        var http = require('http');
        http.createServer(function serve(req, res) { res.end('x'); }).listen(8080);
    """
    assert fluxion(src, 2)["kind"] == "start"


def test_process_listener_is_start():
    src = """
        process.on('SIGTERM', function term() { process.exit(0); });
    """
    assert_fluxions(src, ["main", ("start", 1, "term")])


def test_listener_of_an_own_emitter_subclass_is_not_a_fluxion():
    src = """
        const EventEmitter = require('events');
        class Bus extends EventEmitter {}
        const bus = new Bus();
        bus.on('a', function onA() {});
    """
    assert_fluxions(src, ["main"])


def test_destructured_create_server_listener_is_start():
    src = """
        const { createServer } = require('https');
        createServer({}, function serve(req, res) { res.end(); });
    """
    assert fluxion(src, 2)["kind"] == "start"
