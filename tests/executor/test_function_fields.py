"""A function's own fields travel with it (`middleware.buckets = buckets`, `memo.cache = new Map()`),
as one object with what its closure holds, on a LocalService (each message in another isolate)."""
from tests.executor.runtime_harness import LocalService

HEAD = "const express = require('express');\nconst app = express();\n"
END = "\nmodule.exports = app;\n"


def service(code):
    return LocalService({"app.js": HEAD + code + END})


def test_a_field_of_a_closure_a_factory_returns_is_the_object_its_closure_holds():
    with service("""
function counter() {
  const counts = new Map();
  const count = (req, res, next) => { counts.set(req.path, (counts.get(req.path) || 0) + 1); next(); };
  count.counts = counts;
  count.label = 'hits';
  return count;
}
const hits = counter();
app.get('/stats', (req, res) => res.json({ label: hits.label, a: hits.counts.get('/a') ?? 0, same: hits.counts.size }));
app.post('/forget', (req, res) => { hits.counts.delete('/a'); res.json({ size: hits.counts.size }); });
app.use(hits);
app.get('/a', (req, res) => res.send('a'));
app.get('/b', (req, res) => res.send('b'));""") as svc:
        for path in ["/a", "/a", "/b"]:
            assert svc.request("GET", path).status == 200
        assert svc.request("GET", "/stats").json() == {"label": "hits", "a": 2, "same": 2}
        assert svc.request("POST", "/forget").json() == {"size": 1}
        svc.request("GET", "/a")
        assert svc.request("GET", "/stats").json() == {"label": "hits", "a": 1, "same": 2}


def test_a_cache_on_a_top_level_function():
    with service("""
function fib(n) {
  if (n < 2) return n;
  if (!fib.cache.has(n)) { fib.misses += 1; fib.cache.set(n, fib(n - 1) + fib(n - 2)); }
  return fib.cache.get(n);
}
fib.cache = new Map();
fib.misses = 0;
app.get('/fib/:n', (req, res) => res.json({ value: fib(Number(req.params.n)), misses: fib.misses }));
app.delete('/fib', (req, res) => { fib.cache.clear(); res.json({ size: fib.cache.size }); });""") as svc:
        assert svc.request("GET", "/fib/10").json() == {"value": 55, "misses": 9}
        assert svc.request("GET", "/fib/12").json() == {"value": 144, "misses": 11}
        assert svc.request("DELETE", "/fib").json() == {"size": 0}
        assert svc.request("GET", "/fib/3").json() == {"value": 2, "misses": 13}


def test_a_handlers_own_counter_is_the_units_not_the_senders_copy():
    """fresh18-self-counting-fns while units moved: `listPosts.hits` on the route's handler itself. The router's
    message carries the handler with the fields the sending isolate last saw; the unit keeping `listPosts` had
    its own, later ones (its state), which the copy's undid: every other count was lost. On three isolates the
    request's message runs where the handler's unit ran two requests before."""
    code = """
function listPosts(req, res) {
  listPosts.hits = (listPosts.hits ?? 0) + 1;
  res.json({ hits: listPosts.hits });
}
app.get('/posts', listPosts);
app.get('/stats', (req, res) => res.json({ listed: listPosts.hits ?? 0 }));"""
    with LocalService({"app.js": HEAD + code + END}, nodes=3) as svc:
        assert [svc.request("GET", "/posts").json()["hits"] for _ in range(6)] == [1, 2, 3, 4, 5, 6]
        assert svc.request("GET", "/stats").json() == {"listed": 6}


def test_a_declared_function_a_factory_of_another_module_returns_counts_on_itself():
    """fresh25c-esm-metering: `function memoized(...args) { memoized.misses++; ... }` declared in
    `memoize(fn)` of another module and returned. Its environment holds it (its own name), so it came back
    from the unit's state as a forwarding function, the value `price` holds, while the code rebuilt as
    `function memoized(...)` wrote its fields on the rebuilt function itself: `price.misses` stayed 0."""
    memo = """
function memoize(fn) {
  const cache = new Map();
  function memoized(...args) {
    const key = args.join('|');
    if (cache.has(key)) { memoized.hits++; return cache.get(key); }
    memoized.misses++;
    const value = fn.apply(this, args);
    cache.set(key, value);
    return value;
  }
  memoized.hits = 0;
  memoized.misses = 0;
  return memoized;
}
module.exports = { memoize };
"""
    app = HEAD + """const { memoize } = require('./memo.js');
const price = memoize((a, b) => a * b);
app.get('/p/:a', (req, res) => {
  const v = price(Number(req.params.a), 2);
  res.json({ v, hits: price.hits, misses: price.misses, name: price.name });
});""" + END
    with LocalService({"memo.js": memo, "app.js": app}, nodes=2) as svc:
        assert svc.request("GET", "/p/1").json() == {"v": 2, "hits": 0, "misses": 1, "name": "memoized"}
        assert svc.request("GET", "/p/2").json() == {"v": 4, "hits": 0, "misses": 2, "name": "memoized"}
        assert svc.request("GET", "/p/1").json() == {"v": 2, "hits": 1, "misses": 2, "name": "memoized"}
