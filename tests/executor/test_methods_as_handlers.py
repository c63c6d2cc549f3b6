"""A class method given as a handler stays in place (it is not a fluxion of its own):
one that keeps state is refused at deployment rather than answering differently."""
import pytest

from executor.api import DeployError
from executor.deploy import build

HEAD = b"const express = require('express');\nconst app = express();\n"


def service(body):
    return {"app.js": HEAD + body + b"\nmodule.exports = app;\n"}


STATEFUL = service(b"""class Meter {
  constructor() { this.count = 0; }
  hit(req, res) { this.count += 1; res.json(this.count); }
}
const meter = new Meter();
app.post('/hit', meter.hit.bind(meter));
""")


def test_a_stateful_method_given_as_a_handler_is_refused_with_its_line():
    with pytest.raises(DeployError) as refused:
        build("meter", STATEFUL)
    assert (refused.value.file, refused.value.line) == ("app.js", 5) and "method hit keeps state" in refused.value.message


def test_a_handler_calling_the_method_deploys():
    build("meter", service(b"""class Meter {
  constructor() { this.count = 0; }
  hit(req, res) { this.count += 1; res.json(this.count); }
}
const meter = new Meter();
app.post('/hit', (req, res) => meter.hit(req, res));
"""))


def test_a_stateless_method_given_as_a_handler_deploys():
    build("pages", service(b"""class Pages {
  home(req, res) { res.send('home'); }
}
const pages = new Pages();
app.get('/', pages.home);
"""))
