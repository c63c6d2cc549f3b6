"""Runs JS expression snippets under real Node.js and under mini-racer with
Liquefy's builtins, each giving back `JSON.stringify(<expr>)` (awaited when
the expression is a promise) or, if it throws, the error's name, message,
code and String() form."""
import json
import shutil
import subprocess
import tempfile
from pathlib import Path

# Defines __runSnippet(src) -> Promise<string>, the same on both sides.
HARNESS_JS = r"""
globalThis.req = (name) => { try { return require(name); } catch { return undefined; } };
globalThis.__runSnippet = async function (src) {
  try {
    const fn = (0, eval)(
      "(async () => {\n" +
      "const util = req('util'), path = req('path'), events = req('events');\n" +
      "const EventEmitter = events, qs = req('querystring'), url = req('url');\n" +
      "const crypto = req('crypto'), assert = req('assert');\n" +
      "const { StringDecoder } = req('string_decoder') || {}, buffer = req('buffer');\n" +
      "return (" + src + "\n);\n})");
    const value = await fn();
    const out = JSON.stringify(value);
    return out === undefined ? 'undefined' : out;
  } catch (e) {
    let str;
    try { str = String(e); } catch { str = '<unprintable>'; }
    return 'THROWS ' + JSON.stringify({
      name: e && e.name, message: e && e.message, code: e && e.code, str,
    });
  }
};
"""

NODE_MAIN = r"""
globalThis.require = require;
process.chdir('/');  // path.resolve() in the isolates resolves against '/'
const snippets = JSON.parse(require('fs').readFileSync(process.argv[2], 'utf8'));
(async () => {
  const out = [];
  for (const src of snippets) out.push(await globalThis.__runSnippet(src));
  process.stdout.write(JSON.stringify(out));
})();
"""


def node_binary():
    return shutil.which("node")


def run_node(snippets):
    """One node process for the whole table."""
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        (tmp / "snippets.json").write_text(json.dumps(snippets))
        (tmp / "main.js").write_text(HARNESS_JS + NODE_MAIN)
        proc = subprocess.run(
            [node_binary(), str(tmp / "main.js"), str(tmp / "snippets.json")],
            capture_output=True, text=True, timeout=300, cwd=tmp)
        if proc.returncode != 0:
            raise RuntimeError(f"node failed: {proc.stderr}")
        return json.loads(proc.stdout)


def new_context(entropy=None):
    """The builtins alone; `entropy` (hex) stands in for the runtime's host bytes."""
    import os
    from py_mini_racer import MiniRacer
    from executor.runtime.builtins import bundle
    ctx = MiniRacer()
    ctx.eval(bundle())
    hexed = os.urandom(32).hex() if entropy is None else entropy
    ctx.eval(f"globalThis.__liquefyTakeEntropy = (() => {{ let e = {json.dumps(hexed)}; "
             "return () => { const t = e; e = ''; return t; }; })();")
    ctx.eval("globalThis.require = (name) => globalThis.__liquefyBuiltins.require(name);")
    ctx.eval(HARNESS_JS)
    return ctx


def run_racer(snippets, ctx=None):
    ctx = ctx or new_context()
    out = []
    for src in snippets:
        promise = ctx.eval(f"__runSnippet({json.dumps(src)})")
        out.append(promise.get(timeout=30))
    return out


if __name__ == "__main__":
    # python -m tests.executor.builtins_harness [substring]: print mismatches.
    import sys
    from tests.executor.test_builtins import SNIPPETS
    wanted = [s for s in SNIPPETS if len(sys.argv) < 2 or sys.argv[1] in s]
    expected = run_node(wanted)
    got = run_racer(wanted)
    bad = 0
    for src, e, g in zip(wanted, expected, got):
        if e != g:
            bad += 1
            print(f"--- {src}\n  node:   {e}\n  liquefy: {g}")
    print(f"{len(wanted) - bad} passed, {bad} failed")
