"""`import()` in a CommonJS module, as CommonJS code loads an ES-only package today
(fresh26c-links-mixed: `cachePromise ??= import('quick-lru').then(({ default: QuickLRU }) => new QuickLRU(...))`
in a .cjs file). V8 refused it in the isolates ('Not supported': the request hung); and `import()` of a
package's ES module gave `{ ...exports, default: exports }`, as for a CommonJS package, so its `default`
was not the class ('QuickLRU is not a constructor')."""
from tests.executor.runtime_harness import LocalService

PACKAGE = {"node_modules/tiny-queue/package.json": '{"name": "tiny-queue", "version": "1.0.0", "type": "module", '
                                                   '"exports": "./index.js"}',
           "node_modules/tiny-queue/index.js": "export default class TinyQueue { items = []; add(x) { this.items.push(x); "
                                               "return this.items.length; } }\nexport const kind = 'esm';\n",
           "package.json": '{"dependencies": {"express": "^4.21.2", "tiny-queue": "1.0.0"}}',
           "lib/legacy.js": "module.exports = { hello: (n) => `hello ${n}` };\n"}

APP = """const express = require('express');
const app = express();
let queuePromise;
async function queue() {
  queuePromise ??= import('tiny-queue').then(({ default: TinyQueue, kind }) => Object.assign(new TinyQueue(), { kind }));
  return queuePromise;
}
app.post('/:x', async (req, res) => {
  const q = await queue();
  const { default: legacy, hello } = await import('./lib/legacy.js');
  res.json([q.add(req.params.x), q.kind, hello(req.params.x), typeof legacy.hello]);
});
module.exports = app;
"""


def test_import_of_an_es_package_and_a_commonjs_module_from_commonjs():
    svc = LocalService(dict(PACKAGE, **{"app.js": APP}))
    assert svc.request("POST", "/a").json() == [1, "esm", "hello a", "function"]
    assert svc.request("POST", "/b").json() == [2, "esm", "hello b", "function"]
