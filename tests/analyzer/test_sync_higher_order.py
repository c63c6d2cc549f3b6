"""Functions called synchronously run inside the fluxion that calls them."""
from .helpers import assert_fluxions, context, kind_of, same_group

ARRAYS = """
    var express = require('express');
    var app = express();
    app.get('/', function list(req, res) {
      var names = ['b', 'a'];
      var up = names.map(function (n) { return n.toUpperCase(); });
      var some = names.filter(x => x.length > 0);
      names.forEach(function each(n) { up.push(n); });
      var total = [1, 2].reduce((a, b) => a + b, 0);
      up.sort(function (a, b) { return a < b ? -1 : 1; });
      var found = names.find(n => n === 'a') || names.some(n => n) || names.every(n => n);
      var text = 'a-b'.replace(/-/g, function (m) { return '+'; });
      res.send(up.join(',') + some + total + found + text);
    });
"""


def test_array_methods_are_not_ruptures():
    assert_fluxions(ARRAYS, ["main", ("start", 3)])


def test_user_higher_order_function_is_synchronous():
    src = """
        var express = require('express');
        var app = express();
        function each(list, fn) { for (var i = 0; i < list.length; i++) fn(list[i]); }
        app.get('/', function h(req, res) {
          var out = [];
          each([1, 2], function push(n) { out.push(n * 2); });
          res.send(out.join(','));
        });
    """
    assert_fluxions(src, ["main", ("start", 4)])


def test_function_called_through_call_is_synchronous():
    src = """
        function viaCall(fn, x) { return fn.call(null, x); }
        setTimeout(function t() { viaCall(function inner(v) { return v; }, 1); }, 1);
    """
    assert_fluxions(src, ["main", ("post", 2, "t")])


STATE = """
    var express = require('express');
    var app = express();
    var hits = 0;
    function bump() { hits++; }
    function twice(fn) { fn(); fn(); }
    app.get('/a', function a(req, res) { twice(bump); res.end(); });
    app.get('/b', function b(req, res) { [1, 2].forEach(bump); res.end(); });
    app.get('/c', function c(req, res) { res.send('' + hits); });
"""


def test_state_touched_by_a_sync_callback_belongs_to_the_caller():
    assert kind_of(STATE, "hits") == "share" and same_group(STATE, 6, 7, 8)


def test_sync_callback_of_one_handler_only_keeps_scope():
    src = """
        var express = require('express');
        var app = express();
        var hits = 0;
        function bump() { hits++; }
        app.get('/a', function a(req, res) { [1].forEach(bump); res.send('' + hits); });
    """
    assert kind_of(src, "hits") == "scope" and context(src, 5) == ["hits"]
