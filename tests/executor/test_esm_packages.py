"""npm packages written as ES modules, read as CommonJS at deployment (executor/esm_packages.py),
then run by the runtime (with their "imports", `#name` specifiers): checked here in an isolate, and against Node.js by the differential
service pkg-esm-only (query-string, dot-prop, camelcase)."""
from executor.esm_packages import as_commonjs, esm_package_names, is_esm
from tests.executor.runtime_harness import LocalService

FILES = {
    "node_modules/greet/package.json": '{"name": "greet", "type": "module", "exports": "./index.js", '
                                       '"dependencies": {"plain": "1"}, "imports": {"#style": {"node": '
                                       '"./lib/style-node.js", "default": "./lib/style-browser.js"}, "#plain": "plain", '
                                       '"#kind": "./lib/kind.js"}}',
    "node_modules/greet/index.js": "export { shout } from './lib/shout.js';\n"
                                   "export * from './lib/more.js';\n"
                                   "import plain from '#plain';\n"
                                   "export { style } from '#style';\n"
                                   "import kind from '#kind';\n"
                                   "export const kinds = [kind];\n"
                                   "export const where = import.meta.url.endsWith('/greet/index.js');\n"
                                   "export default function greet(name) { return plain.prefix + name; }\n",
    "node_modules/greet/lib/shout.js": "export const shout = (s) => s.toUpperCase() + '!';\n",
    "node_modules/greet/lib/more.js": "export function twice(s) { return s + s; }\n",
    "node_modules/greet/lib/style-node.js": "export const style = 'node';\n",
    "node_modules/greet/lib/kind.js": "export default 'an es module';\n",
    "node_modules/greet/lib/style-browser.js": "export const style = 'browser';\n",
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


def test_a_module_that_cannot_be_read_fails_when_required_not_at_deployment():
    """fast-uri ships benchmark/benchmark.mjs, with a top-level await, that nothing requires."""
    text = as_commonjs("node_modules/x/bench.mjs", "const v = await Promise.resolve(1);\nexport default v;\n", set())
    assert text.startswith("throw new Error(") and "top-level await is not supported yet" in text
    broken = as_commonjs("node_modules/x/broken.mjs", "export const = 1;\n", set())
    assert broken.startswith("throw new Error(") and "node_modules/x/broken.mjs:1:" in broken


def test_an_es_module_package_runs_as_node_loads_it():
    app = """
        import express from 'express';
        import greet, { shout, twice, where, style, kinds } from 'greet';
        const app = express();
        let calls = 0;
        app.get('/:name', (req, res) => {
          calls += 1;
          res.json({ text: greet(req.params.name), shout: shout('hi'), twice: twice('ab'), where, style, kinds, calls });
        });
        export default app;
    """
    files = dict(FILES, **{"app.js": app, "package.json": '{"type": "module", "dependencies": {"greet": "1"}}'})
    with LocalService(files, nodes=2) as svc:
        svc.request("GET", "/ada")
        answer = svc.request("GET", "/bob")
    assert answer.status == 200, answer.text
    assert answer.json() == {"text": "hello, bob", "shout": "HI!", "twice": "abab", "where": True, "style": "node",
                             "kinds": ["an es module"], "calls": 2}
