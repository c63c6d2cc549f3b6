"""One function registered in several places is one fluxion with several streams."""
from .helpers import assert_fluxions, context, group_of, kind_of, routes, stream, streams

TWO_ROUTES = """
    var express = require('express');
    var app = express();
    var seen = 0;
    function count(req, res) {
      seen += 1;
      res.send('' + seen);
    }
    app.get('/a', count);
    app.post('/b', count);
"""

SHARED_CONTINUATION = """
    var fs = require('fs');
    var express = require('express');
    var app = express();
    function reply(err, data) { console.log(data); }
    app.get('/a', function a(req, res) { var who = 'a'; fs.readFile('a', reply); res.end(who); });
    app.get('/b', function b(req, res) { fs.readFile('b', reply); res.end(); });
"""


def test_one_fluxion_for_the_shared_handler():
    assert_fluxions(TWO_ROUTES, ["main", ("start", 4, "count")])


def test_one_stream_per_registration():
    assert sorted(s["callee"] for s in streams(TWO_ROUTES, "main", 4)) == ["app.get", "app.post"]


def test_both_routes_lead_to_the_shared_fluxion():
    assert routes(TWO_ROUTES) == {("GET", "/a", 4), ("POST", "/b", 4)}


def test_state_of_a_shared_handler_stays_in_its_context():
    assert kind_of(TWO_ROUTES, "seen") == "scope" and context(TWO_ROUTES, 4) == ["seen"]
    assert group_of(TWO_ROUTES, 4) is None


def test_shared_continuation_is_one_post_fluxion():
    assert_fluxions(SHARED_CONTINUATION, ["main", ("post", 4, "reply"), ("start", 5), ("start", 6)])


def test_shared_continuation_has_a_stream_from_each_handler():
    assert stream(SHARED_CONTINUATION, 5, 4)["type"] == stream(SHARED_CONTINUATION, 6, 4)["type"] == "post"


def test_handlers_sharing_a_continuation_are_not_grouped():
    assert group_of(SHARED_CONTINUATION, 5) is None and group_of(SHARED_CONTINUATION, 6) is None
