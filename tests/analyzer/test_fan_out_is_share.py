"""A variable written by several messages of one chain (a fan-out) is `share`, not `stream`:
copies carried in each message would diverge (a counter of pending lookups never reaching 0)."""
from .helpers import group_of, kind_of, same_group

PARALLEL_MAP = """
var express = require('express');
var fs = require('fs');
var app = express();
function map(list, iterator, done) {
  var results = new Array(list.length);
  var pending = list.length;
  list.forEach(function (item, i) {
    iterator(item, function (result) {
      results[i] = result;
      pending -= 1;
      if (pending === 0) done(results);
    });
  });
}
app.get('/sizes', function sizes(req, res) {
  map(['a', 'b'], function (name, done) {
    fs.readFile(name, function read(err, data) { done(data ? data.length : 0); });
  }, function (all) { res.json(all); });
});
"""

LOOP = """
var fs = require('fs');
var app = require('express')();
app.get('/n', function count(req, res) {
  var left = 3;
  for (var i = 0; i < 3; i++) {
    fs.stat('f' + i, function statted() { left -= 1; if (!left) res.send('done'); });
  }
});
"""

CHAIN = """
var app = require('express')();
app.get('/x', function first(req, res) {
  var label = 'a';
  setTimeout(function second() { label += 'b'; setTimeout(function third() { res.send(label); }, 1); }, 1);
});
"""


def test_counter_written_by_each_continuation_of_a_parallel_map_is_share():
    assert kind_of(PARALLEL_MAP, "pending") == "share"


def test_results_filled_by_each_continuation_is_share():
    assert kind_of(PARALLEL_MAP, "results") == "share"


def test_fan_out_groups_the_creator_with_the_writer():
    assert same_group(PARALLEL_MAP, "sizes", "read")


def test_continuation_created_in_a_loop_is_a_fan_out():
    assert kind_of(LOOP, "left") == "share"


def test_one_message_per_link_stays_stream():
    assert kind_of(CHAIN, "label") == "stream"
    assert group_of(CHAIN, "second") is None
