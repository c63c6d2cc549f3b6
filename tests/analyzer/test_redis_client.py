"""A node-redis client: its commands with a callback are `post` rupture points."""

from .helpers import assert_fluxions, fluxion, group_of, signature, stream, variables

KV = """
    var redis = require('redis');
    var express = require('express');
    var app = express();
    var client = redis.createClient({ url: process.env.REDIS_URL });
    app.get('/k/:k', function get(req, res) {
      client.get(req.params.k, function got(err, v) {
        client.incr(req.params.k, function counted(err, n) {
          res.send(v + ' ' + n);
        });
      });
    });
    client.hgetall('h', (err, obj) => console.log(obj));
"""


def test_command_callbacks_are_post_fluxions():
    assert_fluxions(KV, ["main", ("start", 5), ("post", 6), ("post", 7), ("post", 12)])


def test_callee_is_the_command_as_written():
    assert (stream(KV, 5, 6)["callee"], stream(KV, 6, 7)["callee"]) == ("client.get", "client.incr")


def test_reply_and_response_travel_down_the_chain():
    assert {"req", "res"} <= signature(KV, 5, 6) and {"res", "v"} <= signature(KV, 6, 7)


def test_client_from_a_destructured_create_client():
    src = """
        var { createClient } = require('redis');
        var db = createClient();
        db.set('k', 'v', function saved(err) {});
    """
    assert_fluxions(src, ["main", ("post", 3, "saved")])


def test_multi_exec_callback():
    src = """
        var redis = require('redis');
        var db = redis.createClient();
        db.multi().incr('x').get('x').exec(function done(err, replies) {});
    """
    assert stream(src, "main", 3)["type"] == "post"


def test_command_without_callback_is_not_a_rupture():
    src = """
        var redis = require('redis');
        var db = redis.createClient();
        db.set('k', 'v');
        db.quit();
    """
    assert_fluxions(src, ["main"])


def test_client_event_listener_is_start():
    src = """
        var redis = require('redis');
        var sub = redis.createClient();
        sub.subscribe('news');
        sub.on('message', function onMessage(channel, msg) { console.log(msg); });
    """
    assert fluxion(src, 4)["kind"] == "start"


def test_commands_do_not_make_the_client_shared_state():
    src = """
        var redis = require('redis');
        var express = require('express');
        var app = express();
        var db = redis.createClient();
        app.get('/r', function r(req, res) { db.get('x', function got(e, v) { res.send(v); }); });
        app.get('/w', function w(req, res) { db.set('x', '1', function set(e) { res.end(); }); });
    """
    assert [v["kind"] for v in variables(src, "db")] in ([], ["scope"])
    assert group_of(src, "r") is None and group_of(src, "w") is None


IOREDIS = """
    const Redis = require('ioredis');
    const express = require('express');
    const app = express();
    const redis = new Redis(process.env.REDIS_URL);
    app.get('/k/:k', (req, res) => {
      redis.get(req.params.k, function got(err, v) {
        res.send(v);
      });
    });
"""


def test_an_ioredis_client_is_a_redis_client():
    """`new Redis()` of ioredis: its commands' callbacks are rupture points, and the
    client is no state of the service (it would otherwise make every handler stateful)."""
    assert_fluxions(IOREDIS, ["main", ("start", 5), ("post", 6)])
    assert variables(IOREDIS, "redis") == []


def test_ioredis_imported_as_an_es_module():
    src = {"package.json": '{"type": "module"}', "app.js": """
        import express from 'express';
        import { Redis } from 'ioredis';
        const app = express();
        const redis = new Redis();
        app.get('/n', async (req, res) => {
          res.json(await redis.incr('n'));
        });
        export default app;
    """}
    assert variables(src, "redis") == []
