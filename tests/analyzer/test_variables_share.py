"""`share`: written by one fluxion and read by another outside its chain, or written by several."""
from .helpers import kind_of, same_group, variable, variables

SHARED_COUNTER = """
    var express = require('express');
    var app = express();
    var total = 100;
    app.get('/deposit/:amount', function deposit(req, res) {
      total += parseInt(req.params.amount, 10);
      res.send('total=' + total);
    });
    app.get('/withdraw/:amount', function withdraw(req, res) {
      var amount = parseInt(req.params.amount, 10);
      if (amount > total) return res.status(409).send('insufficient');
      total -= amount;
      res.send('total=' + total);
    });
"""


def test_written_by_two_fluxions_is_share():
    assert kind_of(SHARED_COUNTER, "total") == "share"


def test_share_variable_lists_every_user():
    assert variable(SHARED_COUNTER, "total")["fluxions"] == ["deposit", "withdraw"]


def test_local_of_one_handler_is_not_shared():
    assert variables(SHARED_COUNTER, "amount") == []


def test_written_by_a_timer_read_by_a_route_is_share():
    src = """
        var express = require('express');
        var app = express();
        var ticks = 0;
        setInterval(function tick() { ticks += 1; }, 20);
        app.get('/ticks', function report(req, res) { res.send(ticks > 0 ? 'ticking' : 'idle'); });
    """
    assert kind_of(src, "ticks") == "share" and same_group(src, 4, 5)


def test_array_pushed_by_one_route_read_by_another_is_share():
    src = """
        var express = require('express');
        var app = express();
        var items = [];
        app.post('/items', function create(req, res) { items.push(req.body); res.end(); });
        app.get('/items', function list(req, res) { res.json(items); });
    """
    assert kind_of(src, "items") == "share" and same_group(src, 4, 5)


def test_property_assignment_is_a_write():
    src = """
        var express = require('express');
        var app = express();
        var settings = {};
        app.put('/s', function put(req, res) { settings.mode = req.query.mode; res.end(); });
        app.get('/s', function get(req, res) { res.json(settings); });
    """
    assert kind_of(src, "settings") == "share"


def test_object_assign_is_a_write():
    src = """
        var state = {};
        setInterval(function a() { Object.assign(state, { t: 1 }); }, 5);
        setInterval(function b() { console.log(state.t); }, 5);
    """
    assert kind_of(src, "state") == "share"


def test_written_in_one_sibling_read_in_another_is_share():
    src = """
        var fs = require('fs');
        setImmediate(function go() {
          var m = 0;
          fs.readFile('a', function r1() { m = 1; });
          fs.readFile('b', function r2() { console.log(m); });
        });
    """
    assert kind_of(src, "m") == "share" and same_group(src, 2, 4, 5)


def test_read_and_written_by_each_request_and_read_downstream_is_share():
    src = """
        var fs = require('fs');
        var express = require('express');
        var app = express();
        var seq = 0;
        app.get('/', function h(req, res) {
          seq += 1;
          fs.readFile('x', function r() { res.send('' + seq); });
        });
    """
    assert kind_of(src, "seq") == "share" and same_group(src, 5, 7)
