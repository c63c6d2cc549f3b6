"""npm packages written as ES modules, read as CommonJS at deployment (executor/esm_packages.py),
then run by the runtime: checked here in an isolate, and against Node.js by the differential
service pkg-esm-only (query-string, dot-prop, camelcase)."""
import pytest

from executor.errors import DeployError
from executor.esm_packages import as_commonjs, esm_package_names, is_esm
from tests.executor.runtime_harness import LocalService

FILES = {
    "node_modules/greet/package.json": '{"name": "greet", "type": "module", "exports": "./index.js", '
                                       '"dependencies": {"plain": "1"}}',
    "node_modules/greet/index.js": "export { shout } from './lib/shout.js';\n"
                                   "export * from './lib/more.js';\n"
                                   "import plain from 'plain';\n"
                                   "export const where = import.meta.url.endsWith('/greet/index.js');\n"
                                   "export default function greet(name) { return plain.prefix + name; }\n",
    "node_modules/greet/lib/shout.js": "export const shout = (s) => s.toUpperCase() + '!';\n",
    "node_modules/greet/lib/more.js": "export function twice(s) { return s + s; }\n",
    "node_modules/greet/legacy/package.json": '{"type": "commonjs"}',
    "node_modules/greet/legacy/old.js": "module.exports = 1;\n",
    "node_modules/greet/extra.mjs": "export default 42;\n",
    "node_modules/plain/package.json": '{"name": "plain", "main": "index.js"}',
    "node_modules/plain/index.js": "exports.prefix = 'hello, ';\n",
}


def test_which_files_are_es_modules():
    assert esm_package_names(FILES) == {"greet"}
    assert is_esm(FILES, "node_modules/greet/index.js") and is_esm(FILES, "node_modules/greet/lib/shout.js")
    assert is_esm(FILES, "node_modules/greet/extra.mjs") and is_esm(FILES, "node_modules/plain/x.mjs")
    assert not is_esm(FILES, "node_modules/greet/legacy/old.js")  # the nearest package.json decides
    assert not is_esm(FILES, "node_modules/plain/index.js")


def test_a_top_level_await_in_a_package_is_refused_with_its_file():
    with pytest.raises(DeployError, match="node_modules/x/index.js: a package's ES module with a top-level await"):
        as_commonjs("node_modules/x/index.js", "const v = await Promise.resolve(1);\nexport default v;\n", set())


def test_an_es_module_package_runs_as_node_loads_it():
    app = """
        import express from 'express';
        import greet, { shout, twice, where } from 'greet';
        const app = express();
        let calls = 0;
        app.get('/:name', (req, res) => {
          calls += 1;
          res.json({ text: greet(req.params.name), shout: shout('hi'), twice: twice('ab'), where, calls });
        });
        export default app;
    """
    files = dict(FILES, **{"app.js": app, "package.json": '{"type": "module", "dependencies": {"greet": "1"}}'})
    with LocalService(files, nodes=2) as svc:
        svc.request("GET", "/ada")
        answer = svc.request("GET", "/bob")
    assert answer.status == 200, answer.text
    assert answer.json() == {"text": "hello, bob", "shout": "HI!", "twice": "abab", "where": True, "calls": 2}
