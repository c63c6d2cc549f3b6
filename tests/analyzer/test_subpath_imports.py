"""package.json "imports" (`#lib/*`, `#config`): the service's own modules named by a `#`
specifier are its modules, as Node.js resolves them (tests/services/pkg-subpath-imports)."""
import pytest

from analyzer import analyze_files
from analyzer.source import subpath_import

IMPORTS = {
    "#config": "./src/config.js",
    "#lib/*": "./src/lib/*.js",
    "#lib/special/*": "./src/special/*.js",
    "#store": {"types": "./x.d.ts", "node": "./src/store/memory.js", "default": "./src/store/other.js"},
    "#dep": "lodash",
    "#fallback": [None, "./src/fallback.js"],
}


@pytest.mark.parametrize("spec,target", [
    ("#config", "./src/config.js"),
    ("#lib/counter", "./src/lib/counter.js"),
    ("#lib/special/x", "./src/special/x.js"),  # the pattern with the longest prefix
    ("#store", "./src/store/memory.js"),  # the first condition Node.js takes, in the package's order
    ("#dep", "lodash"),
    ("#fallback", "./src/fallback.js"),
    ("#missing", None),
])
def test_a_specifier_names_what_node_resolves(spec, target):
    assert subpath_import(IMPORTS, spec) == target


def test_a_module_imported_by_a_subpath_is_the_services_own():
    files = {
        "package.json": '{"type": "module", "imports": {"#lib/*": "./src/lib/*.js"}}',
        "src/server.js": "import express from 'express';\nimport { bump, count } from '#lib/counter';\n"
                         "const app = express();\napp.post('/b', (req, res) => res.json(bump()));\n"
                         "app.get('/c', (req, res) => res.json(count()));\napp.listen(8080);\n",
        "src/lib/counter.js": "let n = 0;\nexport const bump = () => ++n;\nexport const count = () => n;\n",
    }
    g = analyze_files(files, "src/server.js").graph
    groups = {f["id"]: f["group"] for f in g["fluxions"]}
    assert groups["post_b"] is not None and groups["post_b"] == groups["get_c"]
