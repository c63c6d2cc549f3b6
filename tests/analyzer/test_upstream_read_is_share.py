"""A variable written downstream in a chain and read upstream is `share`."""
from .helpers import group, group_of, kind_of, same_group

MODULE_LEVEL = """
    var fs = require('fs');
    var express = require('express');
    var app = express();
    var lastSize = 0;
    app.get('/size', function measure(req, res) {
      var previous = lastSize;
      fs.readFile(__filename, function measured(err, data) {
        lastSize = data.length;
        res.send(previous + ' -> ' + lastSize);
      });
    });
"""

LOCAL = """
    var fs = require('fs');
    var express = require('express');
    var app = express();
    app.get('/', function h(req, res) {
      var status = 'pending';
      fs.readFile('x', function r(err) { status = 'done'; });
      res.send(status);
    });
"""

TIMER = """
    var fs = require('fs');
    var last = 0;
    setInterval(function tick() {
      console.log(last);
      fs.readFile('x', function r(err, d) { last = d.length; });
    }, 10);
"""


def test_module_variable_read_upstream_is_share():
    assert kind_of(MODULE_LEVEL, "lastSize") == "share"


def test_upstream_and_downstream_fluxions_are_grouped():
    assert same_group(MODULE_LEVEL, 5, 7)


def test_value_copied_upstream_still_travels_downstream():
    assert kind_of(MODULE_LEVEL, "previous") == "stream"


def test_group_lists_the_shared_variable():
    assert group(MODULE_LEVEL, group_of(MODULE_LEVEL, 5))["variables"] == ["lastSize"]


def test_local_variable_written_by_the_continuation_is_share():
    assert kind_of(LOCAL, "status") == "share" and same_group(LOCAL, 4, 6)


def test_read_upstream_in_a_timer_chain_is_share():
    assert kind_of(TIMER, "last") == "share" and same_group(TIMER, 3, 5)


def test_read_only_downstream_is_not_share():
    src = """
        var fs = require('fs');
        var express = require('express');
        var app = express();
        app.get('/', function h(req, res) {
          var status = 'pending';
          fs.readFile('x', function r(err) { res.send(status); });
        });
    """
    assert kind_of(src, "status") == "stream" and group_of(src, 4) is None
