"""Fluxion ids: the function's name, else the route or the callee and line; always unique."""
import pytest

from .helpers import fluxion

NAMES = """
    var fs = require('fs');
    var express = require('express');
    var app = express();
    app.get('/a', function (req, res) {
      fs.readFile('a', function reply(err, d) { res.send(d); });
    });
    app.get('/b/:id', function (req, res) {
      fs.readFile('b', function reply(err, d) { res.send(d); });
    });
    app.get('/', (req, res) => {
      setTimeout(() => res.end(), 1);
      fs.readFile('c', (err, d) => res.end());
    });
    app.post('/', req => {});
    var onTick = () => {};
    setInterval(onTick, 5);
"""


@pytest.mark.parametrize("line, name", [
    (4, "get_a"), (5, "reply"), (7, "get_b_id"), (8, "reply_2"), (10, "get_root"),
    (11, "setTimeout_11"), (12, "readFile_12"), (14, "post_root"), (15, "onTick"),
])
def test_fluxion_name(line, name):
    assert fluxion(NAMES, line)["name"] == name


def test_id_is_the_name():
    assert fluxion(NAMES, 8)["id"] == "reply_2"


def test_unicode_function_name_is_kept():
    assert fluxion("setTimeout(function ünï() {}, 1);\n", 1)["name"] == "ünï"
