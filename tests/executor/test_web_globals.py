"""The fetch API's globals (executor/runtime/web.js): Blob, File, Headers, FormData, Request and
Response, as Node.js 20 has them without a require, checked against Node.js itself.

Every snippet is the body of an async function; what it returns (JSON) or the error it throws
(its name, message and code) must be the same in an isolate of the runtime, run as a handler of
a service (each request in another isolate), as under Node.js. And an instance kept in module
state travels between isolates with what it holds.
"""
import json
import subprocess
import tempfile
from pathlib import Path

import pytest

from tests.executor.builtins_harness import node_binary
from tests.executor.runtime_harness import LocalService

pytestmark = [pytest.mark.executor]

SNIPPETS = [
    # Blob
    "return [new Blob(['café ☕']).size, new Blob().size, new Blob([]).type]",
    "return [new Blob(['a'], {type: 'Text/HTML'}).type, new Blob(['a'], {type: 'tëxt'}).type, new Blob(['a'], {type: 'a\\u0019'}).type]",
    "const b = new Blob(['ab', new Uint8Array([99, 100]), new Blob(['e']), new Uint16Array([0x6766]).buffer, 7]); return [b.size, await b.text()]",
    "const b = new Blob(['hello world']); return [await b.slice(6).text(), await b.slice(-5, -2).text(), await b.slice(3, 1).text(), b.slice(0, 2, 'X/Y').type, b.slice(-100, 100).size]",
    "const b = new Blob(['\\ud83d!']); return [b.size, await b.text()]",
    "const buf = await new Blob(['xyz']).arrayBuffer(); return [Object.prototype.toString.call(buf), [...new Uint8Array(buf)]]",
    "return [Object.prototype.toString.call(new Blob()), new Blob() instanceof Blob, typeof Blob.prototype.stream, JSON.stringify(new Blob(['x']))]",
    "const u = new Uint8Array([1, 2, 3, 4]); const b = new Blob([u.subarray(1, 3)]); u[1] = 9; return [...new Uint8Array(await b.arrayBuffer())]",
    "try { new Blob('abc'); } catch (e) { return [e.name, e.code]; }",
    # File
    "const f = new File(['abc'], 'a.txt', {type: 'text/plain', lastModified: 42}); return [f.name, f.size, f.type, f.lastModified, f instanceof Blob, f instanceof File, Object.prototype.toString.call(f), await f.text()]",
    "const f = new File([new Blob(['xy'])], 123); return [f.name, typeof f.lastModified, f.type, f.slice(1) instanceof File, await f.slice(1).text()]",
    "try { new File(['x']); } catch (e) { return [e.name, e.code]; }",
    "const buffer = require('buffer'); const { Blob: B } = require('node:buffer'); return [buffer.Blob === Blob, buffer.File === File, B === Blob]",
    # Headers
    "const h = new Headers({'X-B': ' 2 ', 'x-a': '1'}); h.append('X-B', '3'); return [[...h], h.get('x-b'), h.get('nope'), h.has('X-A')]",
    "const h = new Headers([['set-cookie', 'a=1'], ['Set-Cookie', 'b=2'], ['accept', 'x']]); return [[...h], h.get('set-cookie'), h.getSetCookie(), [...h.keys()], [...h.values()]]",
    "const h = new Headers({z: '1', a: '2'}); const seen = []; h.forEach(function (v, k, self) { seen.push([k, v, self === h, this.t]); }, {t: 7}); return seen",
    "const h = new Headers({a: '1', b: '2'}); h.set('a', '9'); h.delete('b'); h.delete('missing'); return [Object.fromEntries(h), JSON.stringify(h), Object.prototype.toString.call(h), Object.prototype.toString.call(h.entries())]",
    "const a = new Headers({x: '1'}); const b = new Headers(a); b.set('y', '2'); return [[...a], [...b]]",
    "try { new Headers().set('bad header', 'x'); } catch (e) { return [e.name, e.message]; }",
    "try { new Headers({'x': 'a\\nb'}); } catch (e) { return [e.name, e.message]; }",
    "try { new Headers([['a', 'b', 'c']]); } catch (e) { return [e.name, e.message]; }",
    "try { new Headers('x'); } catch (e) { return [e.name]; }",
    "const h = new Headers(); h.append('Vary', 'accept'); h.append('vary', 'origin'); const it = h.entries(); const first = it.next(); return [first, it.next(), typeof it[Symbol.iterator]]",
    # FormData
    "const f = new FormData(); f.append('a', '1'); f.append('b', 2); f.append('a', '3'); f.set('b', 'x'); return [[...f], f.get('a'), f.getAll('a'), f.get('z'), f.has('b'), [...f.keys()], [...f.values()]]",
    "const f = new FormData(); f.append('a', '1'); f.append('b', '2'); f.append('a', '3'); f.set('a', 'only'); f.delete('zz'); return [...f]",
    "const f = new FormData(); f.append('file', new Blob(['abc'], {type: 'text/plain'})); f.append('named', new Blob(['x']), 'x.bin'); const v = f.get('file'); return [v instanceof File, v.name, v.type, v.size, f.get('named').name, Object.prototype.toString.call(f)]",
    "const f = new FormData(); f.append('k', 'v'); const out = []; f.forEach((v, k, self) => out.push([k, v, self === f])); return out",
    "const f = new FormData(); f.append('a', 'x\\ny'); f.append('file', new Blob(['abc'], {type: 'text/plain'}), 'a.txt'); const r = new Response(f); const type = r.headers.get('content-type'); const b = type.split('boundary=')[1]; const text = await r.text(); return [type.replace(b, 'B'), text.split(b).join('B'), /^-{4}formdata-undici-0\\d{11}$/.test(b)]",
    # Response
    "const r = new Response('hi'); return [r.status, r.ok, r.statusText, r.headers.get('content-type'), r.type, r.url, r.bodyUsed, await r.text(), r.bodyUsed]",
    "const r = Response.json({a: 1}, {status: 201, headers: {'x-y': 'z'}}); return [r.status, [...r.headers], await r.json()]",
    "const r = Response.json([1], {headers: {'Content-Type': 'application/vnd+json'}}); return [...r.headers]",
    "const r = new Response('x'); await r.text(); try { await r.text(); } catch (e) { return [e.name, e.message]; }",
    "const r = new Response('{bad'); try { await r.json(); } catch (e) { return [e.name, e.message]; }",
    "try { new Response('x', {status: 204}); } catch (e) { return [e.name, e.message]; }",
    "try { new Response(null, {status: 99}); } catch (e) { return [e.name, e.message]; }",
    "const r = new Response(null, {status: 204}); return [r.status, r.body, await r.text(), r.bodyUsed, r.ok]",
    "const r = new Response(new URLSearchParams({a: '1 2'})); return [r.headers.get('content-type'), await r.text()]",
    "const r = new Response(new Blob(['zz'], {type: 'x/y'})); return [r.headers.get('content-type'), await r.text()]",
    "const r = new Response(new Uint8Array([104, 105])); return [r.headers.get('content-type'), await r.text()]",
    "const r = new Response('abc', {status: 404, statusText: 'Nope'}); const c = r.clone(); return [await c.text(), c.status, c.statusText, await r.text(), r.ok]",
    "const r = Response.redirect('http://x.test/a', 301); return [r.status, r.headers.get('location'), r.body]",
    "const r = Response.error(); return [r.status, r.type, r.ok]",
    "const b = await new Response('abc', {headers: {'content-type': 'text/x'}}).blob(); return [b.type, b.size, b instanceof Blob]",
    "const f = await new Response('a=1&b=2&a=3', {headers: {'content-type': 'application/x-www-form-urlencoded'}}).formData(); return [...f]",
    "const buf = await new Response('xy').arrayBuffer(); return [Object.prototype.toString.call(buf), buf.byteLength]",
    "return [Object.prototype.toString.call(new Response()), Object.prototype.toString.call(new Request('http://a.test'))]",
    # Request
    "const r = new Request('http://a.test/p?q=1#h'); return [r.url, r.method, r.redirect, r.cache, r.credentials, r.mode, r.keepalive, r.signal.aborted, r.bodyUsed, r.body]",
    "const r = new Request(new URL('http://a.test/x'), {method: 'post', body: JSON.stringify({n: 1}), headers: {'x-a': 'b'}}); return [r.method, [...r.headers], await r.json()]",
    "return [new Request('http://a.test', {method: 'patch'}).method, new Request('http://a.test', {method: 'delete'}).method, new Request('http://a.test', {method: 'Custom'}).method]",
    "try { new Request('/relative'); } catch (e) { return [e.name, e.message]; }",
    "try { new Request('http://a.test', {method: 'GET', body: 'x'}); } catch (e) { return [e.name, e.message]; }",
    "try { new Request('http://a.test', {method: 'CONNECT'}); } catch (e) { return [e.name, e.message]; }",
    "const a = new Request('http://a.test/x', {method: 'PUT', body: 'data'}); const b = new Request(a, {headers: {'x': '1'}}); return [b.method, b.url, [...b.headers], await b.text(), a.bodyUsed]",
    "const r = new Request('http://a.test', {method: 'POST', body: 'one'}); const c = r.clone(); return [await r.text(), await c.text()]",
    "const c = new AbortController(); const r = new Request('http://a.test', {signal: c.signal}); const before = r.signal.aborted; c.abort('why'); return [before, r.signal.aborted, r.signal.reason]",
    "const r = new Request('http://a.test', {method: 'POST', body: new URLSearchParams('x=1')}); return [r.headers.get('content-type'), await r.text()]",
    "const r = new Request('http://a.test', {method: 'POST', body: {a: 1}}); return [r.headers.get('content-type'), await r.text()]",
    "const h = new Headers({n: 1, list: ['a', 'b'], t: true}); return [...h]",
    "try { Response.json(undefined); } catch (e) { return [e.name, e.message]; }",
    "const r = new Response('x', {headers: [['X-A', '1'], ['x-a', '2']]}); return [r.headers.get('x-a'), [...r.headers.keys()]]",
    "const r = new Request('http://A.test:80/a/../b?x#y', {method: 'OPTIONS'}); return [r.url, r.method, new URL(r.url).pathname]",
    "const h = new Headers({'Set-Cookie': 'a=1'}); h.append('set-cookie', 'b=2'); h.set('x', '1'); const copy = new Headers(h); return [copy.getSetCookie(), [...copy]]",
]

# Both sides: the snippets as a module's array of async functions (code that eval made would
# not be the service's: its promises are not the runtime's), and what each returns or throws.
def functions_source(snippets):
    return "const SNIPPETS = [\n" + "".join(f"  async () => {{\n{src}\n}},\n" for src in snippets) + "];\n" + r"""
async function run(i) {
  try {
    const value = await SNIPPETS[i]();
    const out = JSON.stringify(value);
    return out === undefined ? 'undefined' : out;
  } catch (e) {
    return 'THROWS ' + JSON.stringify({name: e && e.name, message: e && e.message, code: e && e.code});
  }
}
"""


NODE_MAIN = r"""
(async () => {
  const out = [];
  for (let i = 0; i < SNIPPETS.length; i++) out.push(await run(i));
  process.stdout.write(JSON.stringify(out));
})();
"""


def app_source(snippets):
    return functions_source(snippets) + """
const express = require('express');
const app = express();
app.get('/s/:i', async (req, res) => res.type('text').send(await run(Number(req.params.i))));
module.exports = app;
"""


def run_node(snippets):
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        (tmp / "main.js").write_text(functions_source(snippets) + NODE_MAIN)
        proc = subprocess.run([node_binary(), str(tmp / "main.js")], capture_output=True, text=True, timeout=120)
        assert proc.returncode == 0, proc.stderr
        return json.loads(proc.stdout)


@pytest.fixture(scope="module")
def answers():
    if node_binary() is None:
        pytest.skip("node is not installed")
    expected = run_node(SNIPPETS)
    with LocalService({"app.js": app_source(SNIPPETS)}, nodes=2) as svc:
        got = [svc.request("GET", f"/s/{i}").body.decode() for i in range(len(SNIPPETS))]
    return dict(zip(SNIPPETS, expected)), dict(zip(SNIPPETS, got))


def test_snippets_are_unique():
    assert len(set(SNIPPETS)) == len(SNIPPETS)


@pytest.mark.parametrize("snippet", SNIPPETS)
def test_same_as_node(answers, snippet):
    expected, got = answers
    assert got[snippet] == expected[snippet]


STATE_APP = """
const express = require('express');
const kept = { headers: new Headers({ 'x-a': '1' }), files: [], form: new FormData(), last: null };
const app = express();
app.post('/add/:name', (req, res) => {
  kept.headers.append('x-seen', req.params.name);
  kept.files.push(new File([req.params.name.repeat(2)], req.params.name + '.txt', { type: 'text/plain', lastModified: 5 }));
  kept.form.append('name', req.params.name);
  kept.last = new Response('last: ' + req.params.name, { status: 202 });
  res.json({ n: kept.files.length });
});
app.get('/kept', async (req, res) => {
  res.json({
    headers: [...kept.headers],
    files: await Promise.all(kept.files.map(async (f) => [f.name, f.size, f.type, f.lastModified, f instanceof File, f instanceof Blob, await f.text()])),
    form: [...kept.form],
    last: kept.last && [kept.last.status, await kept.last.clone().text()],
  });
});
module.exports = app;
"""


def test_instances_in_module_state_travel_between_isolates():
    with LocalService({"app.js": STATE_APP}, nodes=2) as svc:
        for name in ("ab", "cd", "ef"):
            assert svc.request("POST", f"/add/{name}").status == 200
        kept = [svc.request("GET", "/kept").json() for _ in range(2)]
    assert kept[0] == kept[1] == {
        "headers": [["x-a", "1"], ["x-seen", "ab, cd, ef"]],
        "files": [[f"{n}.txt", 4, "text/plain", 5, True, True, n * 2] for n in ("ab", "cd", "ef")],
        "form": [["name", "ab"], ["name", "cd"], ["name", "ef"]],
        "last": [202, "last: ef"],
    }
