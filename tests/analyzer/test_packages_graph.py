"""npm packages in the graph: one entry (and one box) per package the service requires, with the
fluxions that call it; the code under node_modules/ is never parsed for fluxions."""
import json

from analyzer import analyze_files, analyze_path, source
from analyzer.formats import to_dot
from executor.deploy import build

APP = """var express = require('express');
var fs = require('fs');
var _ = require('lodash');
var { v4: uuid } = require('uuid');
var app = express();
var items = [];

app.get('/items', function list(req, res) {
  res.json(_.sortBy(items, 'name'));
});

app.post('/items/:name', function add(req, res) {
  items.push({ id: uuid(), name: _.capitalize(req.params.name) });
  fs.writeFile('/tmp/x', 'y', function saved(err) {
    res.send(require('escape-html')(req.params.name));
  });
});

app.get('/hello', function hello(req, res) { res.send('hi'); });
module.exports = app;
"""


def test_each_package_with_the_fluxions_that_call_it():
    graph = analyze_files({"app.js": APP}).graph
    assert graph["packages"] == [
        {"name": "escape-html", "fluxions": ["saved"]},
        {"name": "lodash", "fluxions": ["main", "list", "add"]},
        {"name": "uuid", "fluxions": ["main", "add"]},
    ]  # not express (Liquefy's own) nor fs (Node's)
    dot = to_dot(graph).source
    assert dot.count("shape=box3d") == 3 and 'id="package-1"' in dot
    assert 'list -> package_1' in dot and 'hello -> package' not in dot


def test_a_service_without_packages_has_an_empty_list():
    graph = analyze_files({"app.js": "var express = require('express');\nmodule.exports = express();\n"}).graph
    assert graph["packages"] == []


def node_modules(count):
    """A few hundred package files, each of which would be a fluxion-rich module if it were analysed."""
    files = {}
    for i in range(count):
        files[f"node_modules/big/lib/m{i}.js"] = (
            f"module.exports = function m{i}(cb) {{ setTimeout(function () {{ cb({i}); }}, 1); }};\n").encode()
    files["node_modules/big/package.json"] = b'{"name": "big", "version": "1.0.0", "main": "lib/m0.js"}'
    files["node_modules/big/index.js"] = b"module.exports = require('./lib/m0');\n"
    return files


def counting_parses(monkeypatch):
    parsed = []
    real = source.parse

    def counted(text, path, *args, **kwargs):
        parsed.append(path)
        return real(text, path, *args, **kwargs)
    monkeypatch.setattr(source, "parse", counted)
    return parsed


def test_node_modules_is_not_parsed_by_the_analyzer_nor_the_deployment(tmp_path, monkeypatch):
    app = b"var express = require('express');\nvar big = require('big');\nvar app = express();\n" \
          b"app.get('/', function home(req, res) { big(function (n) { res.send(String(n)); }); });\n" \
          b"module.exports = app;\n"
    files = {"app.js": app, "package.json": b'{"dependencies": {"big": "1.0.0"}}', **node_modules(300)}
    for path, content in files.items():
        (tmp_path / path).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / path).write_bytes(content)
    parsed = counting_parses(monkeypatch)

    graph = analyze_path(str(tmp_path)).graph
    assert parsed == ["app.js"] and graph["packages"] == [{"name": "big", "fluxions": ["main", "home"]}]
    assert all(f["file"] == "app.js" for f in graph["fluxions"])

    parsed.clear()
    _, bundle, _ = build("many-files", files)
    assert parsed == ["app.js"], "the deployment parses only the service's own modules"
    assert len([p for p in bundle["libraries"] if p.endswith(".js")]) == 301  # shipped as text, compiled on require
    assert json.dumps(bundle["graph"]["packages"]) == json.dumps(graph["packages"])
