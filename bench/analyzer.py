"""The analyzer's speed: lines per second, against parsing alone.

Measured on a generated ~5,000-line Express service, a generated ~300-line one
and every corpus service (shared/corpus/*/app.js, when that folder exists).
Each figure is the median (p95, min) of N timed runs after a warm-up, with
time.perf_counter and a gc.collect() before each run; parse, analysis and the
pass-by-pass breakdown are interleaved in each repetition. "analysis" is the
public API, `analyze_source(text).graph`: parse, passes and graph JSON.
"parse" is esprima alone (analyzer.parse.parse) on the same text.
Targets (reported, never asserted): 5,000 lines < 2 s, 300 lines < 100 ms.

    .venv/bin/python bench/analyzer.py [--runs 20] [--profile]
"""
import argparse
import cProfile
import datetime
import gc
import glob
import os
import platform
import pstats
import random
import re
import statistics
import subprocess
import sys
from importlib.metadata import version
from pathlib import Path
from time import perf_counter

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from analyzer import Analysis, analyze_source, source  # noqa: E402
from analyzer.diagnostics import Report  # noqa: E402
from analyzer.graph import to_json  # noqa: E402
from analyzer.parse import parse  # noqa: E402
from analyzer.pipeliner import Pipeliner  # noqa: E402
from analyzer.ruptures import RuptureFinder  # noqa: E402
from analyzer.scopes import ScopeAnalyzer  # noqa: E402

CORPUS = ROOT.parent / "shared" / "corpus"

# ---------------------------------------------------------------- the generated service
# Templates: @d domain (lowerCamel), @D Domain, @p URL path, @k redis key prefix,
# @f and @g field names, @n a delay in ms. Each domain gets a store module, helpers,
# a middleware and a random selection of the routes, in a random order.

PREAMBLE = """'use strict';
var express = require('express');
var fs = require('fs');
var os = require('os');
var path = require('path');
var redis = require('redis');

var app = express();
var client = redis.createClient({ url: process.env.REDIS_URL });
var stats = { requests: 0, errors: 0, byDomain: {} };
var cache = {};
var recent = [];
var sequence = 0;
var removedTotal = 0;

app.use(function requestLog(req, res, next) {
  var started = Date.now();
  res.on('finish', function logged() {
    recent.push({ url: req.url, ms: Date.now() - started, status: res.statusCode });
    if (recent.length > 500) recent.shift();
  });
  next();
});

setInterval(function flushStats() {
  client.hset('stats', 'requests', String(stats.requests), function () {});
}, 60000);
"""

FOOTER = """
app.use(function onError(err, req, res, next) {
  stats.errors += 1;
  res.status(500).json({ error: err.message });
});

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
"""

SECTION = """
// ---- @d: a store module over redis with an in-process cache ----
cache.@d = {};
var @dStore = (function () {
  var created = 0;
  function keyOf(id) {
    return '@k:' + id;
  }
  return {
    get: function (id, callback) {
      if (cache.@d[id]) return setImmediate(callback, null, cache.@d[id]);
      client.get(keyOf(id), function (err, raw) {
        if (err) return callback(err);
        var item = raw ? JSON.parse(raw) : null;
        if (item) cache.@d[id] = item;
        callback(null, item);
      });
    },
    put: function (id, value, callback) {
      cache.@d[id] = value;
      created += 1;
      client.set(keyOf(id), JSON.stringify(value), callback);
    },
    count: function () {
      return created;
    }
  };
})();

function format@D(item, n) {
  return { id: item.id, label: '@D #' + n + ' (' + item.@f + ')', @g: item.@g || 0 };
}

function validate@D(body) {
  var errors = [];
  ['@f', '@g'].forEach(function (field) {
    if (!body || body[field] === undefined) errors.push(field + ' is required');
  });
  return errors;
}

app.use('/@p', function count@D(req, res, next) {
  stats.requests += 1;
  stats.byDomain.@d = (stats.byDomain.@d || 0) + 1;
  next();
});
"""

ROUTES = [
    """
app.get('/@p/:id', function show@D(req, res) {
  var id = req.params.id;
  @dStore.get(id, function found@D(err, item) {
    if (err) return res.status(500).send('store error');
    if (!item) return res.status(404).json({ error: '@d ' + id + ' not found' });
    fs.readFile(path.join(__dirname, 'views', '@d.txt'), 'utf8', function view@D(err, template) {
      var body = (template || '{{@f}}').replace('{{@f}}', item.@f);
      setTimeout(function reply@D() {
        recent.push({ kind: '@d', id: id, at: Date.now() });
        res.send(format@D(item, stats.requests).label + '\\n' + body);
      }, @n);
    });
  });
});
""", """
app.post('/@p', express.json(), function create@D(req, res) {
  var errors = validate@D(req.body);
  if (errors.length) return res.status(400).json({ errors: errors });
  var id = String(Date.now()) + '-' + (++sequence);
  var item = Object.assign({ id: id, @g: 0 }, req.body);
  @dStore.put(id, item, function stored@D(err) {
    if (err) { stats.errors += 1; return res.status(500).send('cannot store'); }
    client.lpush('@k:log', id, function logged@D() {
      setImmediate(function announce@D() {
        res.status(201).json(format@D(item, @dStore.count()));
      });
    });
  });
});
""", """
app.get('/@p/:id/report', function report@D(req, res) {
  var file = path.join(__dirname, 'data', '@d-' + req.params.id + '.csv');
  fs.stat(file, function stat@D(err, info) {
    if (err) return res.status(404).send('no report');
    fs.readFile(file, 'utf8', function readReport@D(err, text) {
      if (err) return res.status(500).send('unreadable');
      var rows = text.split('\\n').filter(Boolean);
      var total = 0;
      for (var i = 0; i < rows.length; i++) {
        total += Number(rows[i].split(',')[1]) || 0;
      }
      client.incr('@k:reports', function countReport@D(err, n) {
        res.json({ rows: rows.length, total: total, size: info.size, served: n });
      });
    });
  });
});
""", """
function fetch@D(ids) {
  return Promise.all(ids.map(function (id) {
    return new Promise(function (resolve) {
      @dStore.get(id, function (err, item) { resolve(err ? null : item); });
    });
  }));
}

app.get('/@p', async (req, res) => {
  const limit = Math.min(Number(req.query.limit) || @n, 50);
  const ids = Object.keys(cache.@d).slice(0, limit);
  try {
    const items = await fetch@D(ids);
    const visible = items.filter(item => item && !item.hidden);
    res.json({ count: visible.length, items: visible.map((item, n) => format@D(item, n)) });
  } catch (e) {
    stats.errors += 1;
    res.status(500).json({ error: e.message });
  }
});
""", """
app.delete('/@p/:id', function remove@D(req, res) {
  var id = req.params.id;
  client.del('@k:' + id, function removed@D(err, n) {
    if (err) return res.status(500).end();
    delete cache.@d[id];
    removedTotal += n;
    setTimeout(function confirm@D() {
      res.json({ removed: n, total: removedTotal });
    }, @n);
  });
});
""", """
var @dRouter = express.Router();
@dRouter.get('/stats', function stats@D(req, res) {
  res.json({ count: @dStore.count(), requests: stats.byDomain.@d || 0 });
});
@dRouter.put('/:id/@f', express.json(), function update@D(req, res) {
  @dStore.get(req.params.id, function (err, item) {
    if (err || !item) return res.status(404).end();
    item.@f = req.body.value;
    @dStore.put(item.id, item, function () {
      res.json(item);
    });
  });
});
app.use('/admin/@p', @dRouter);
""", """
app.get('/@p/:id/wait', function wait@D(req, res) {
  var tries = 0;
  var started = Date.now();
  function poll() {
    tries += 1;
    client.get('@k:ready:' + req.params.id, function check@D(err, ready) {
      if (ready || tries >= 3) {
        return res.json({ ready: Boolean(ready), tries: tries, ms: Date.now() - started });
      }
      setTimeout(poll, @n);
    });
  }
  poll();
});
""", """
app.get('/@p/:id/export', (req, res) => {
  const target = path.join(os.tmpdir(), `@d-${req.params.id}.json`);
  fs.promises.readFile(path.join(__dirname, 'data', '@d.json'), 'utf8')
    .then(text => JSON.parse(text))
    .then(all => all.filter(x => String(x.id) === req.params.id))
    .then(found => fs.promises.writeFile(target, JSON.stringify(found)).then(() => found))
    .then(found => res.json({ exported: found.length, to: target }))
    .catch(err => res.status(500).send(err.message));
});
""",
]

NOUNS = ["user", "order", "product", "invoice", "cart", "review", "shipment", "coupon",
         "payment", "ticket", "message", "report", "supplier", "warehouse"]
QUALIFIERS = ["", "admin", "partner", "archive", "draft"]
FIELDS = ["name", "title", "email", "status", "amount", "quantity", "price", "owner", "note", "priority"]


def generated_service(target_lines, seed=1):
    """Chunks (a domain's section, then its routes) while they bring the text closer to target_lines."""
    rng = random.Random(seed)
    domains = [q + n.title() if q else n for q in QUALIFIERS for n in NOUNS]
    chunks, lines = [PREAMBLE], PREAMBLE.count("\n") + FOOTER.count("\n")
    for d in domains:
        f, g = rng.sample(FIELDS, 2)
        values = {"d": d, "D": d[0].upper() + d[1:], "k": d.lower(), "f": f, "g": g,
                  "p": f"{rng.choice(['api', 'v1', 'v2', 'internal'])}/{d.lower()}s"}
        for template in [SECTION] + rng.sample(ROUTES, rng.randint(4, 6)):
            values["n"] = str(rng.choice([1, 2, 5, 10, 25, 50]))
            chunk = re.sub(r"@(\w)", lambda m: values[m.group(1)], template)
            if lines + chunk.count("\n") - target_lines > target_lines - lines:  # closer without it
                return "".join(chunks) + FOOTER
            chunks.append(chunk)
            lines += chunk.count("\n")
    raise ValueError(f"cannot generate {target_lines} lines: add nouns or qualifiers")


# ---------------------------------------------------------------- timing

def measure(text, runs, min_seconds):
    """Seconds per run of esprima alone, of the whole analysis, and of each pass (PASSES).

    One warm-up, then at least `runs` repetitions and at least min_seconds; the three
    are interleaved in each repetition so that a busy machine slows them alike.
    """
    parsing, analysis, steps = [], [], []

    def once():
        gc.collect()
        t = perf_counter()
        parse(text, "app.js")
        parsing.append(perf_counter() - t)
        gc.collect()
        t = perf_counter()
        analyze_source(text).graph
        analysis.append(perf_counter() - t)
        gc.collect()
        steps.append(passes(text))

    once()
    parsing.clear(), analysis.clear(), steps.clear()
    start = perf_counter()
    while len(analysis) < runs or (perf_counter() - start < min_seconds and len(analysis) < 500):
        once()
    return parsing, analysis, [statistics.median(step) for step in zip(*steps)]


def p95(values):
    values = sorted(values)
    return values[min(len(values) - 1, round(0.95 * (len(values) - 1)))]


def passes(text):
    """Seconds spent in each step of analyze_source(text).graph, as Analysis runs them."""
    t = [perf_counter()]
    a = Analysis.__new__(Analysis)
    a.service = source.from_source(text, "app.js")
    t.append(perf_counter())
    a.report, a._graph = Report(), None
    a.scopes = ScopeAnalyzer(a.service, a.report).run()
    t.append(perf_counter())
    a.finder = RuptureFinder(a.scopes, a.report, None).run()
    t.append(perf_counter())
    a.pipeline = Pipeliner(a.service, a.scopes, a.finder, a.report).run()
    t.append(perf_counter())
    to_json(a)
    t.append(perf_counter())
    return [end - begin for begin, end in zip(t, t[1:])]


PASSES = ["parse + line table (source.from_source)", "scopes (ScopeAnalyzer)", "ruptures (RuptureFinder)",
          "pipeliner (Pipeliner)", "graph JSON (to_json)"]


def machine():
    cpu = "unknown CPU"
    try:
        cpu = next(line.split(":", 1)[1].strip() for line in open("/proc/cpuinfo") if line.startswith("model name"))
    except (OSError, StopIteration):
        pass
    try:
        commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True,
                                text=True).stdout.strip()
    except OSError:
        commit = "?"
    return (f"{cpu}, {os.cpu_count()} cores; Python {platform.python_version()} "
            f"({platform.python_implementation()}), esprima-fork {version('esprima-fork')}; commit {commit or '?'}")


def ms(seconds):
    return f"{seconds * 1000:,.1f}"


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=20, help="timed runs per service (small ones: 1 s at least)")
    parser.add_argument("--profile", action="store_true", help="also print cProfile's top functions (5,000 lines)")
    args = parser.parse_args()

    services = [("generated, ~5,000 lines", generated_service(5000), 2.0),
                ("generated, ~300 lines", generated_service(300), 0.1)]
    for app in sorted(glob.glob(str(CORPUS / "*" / "app.js"))):
        services.append((f"corpus/{Path(app).parent.name}", Path(app).read_text(), 0.1))

    print("# Analyzer speed\n")
    print(f"- date: {datetime.datetime.now().astimezone():%Y-%m-%d %H:%M %Z}")
    print(f"- machine: {machine()}")
    print(f"- command: .venv/bin/python bench/analyzer.py {' '.join(sys.argv[1:])}".rstrip())
    print(f"- load average at start: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    print(f"- runs: 1 warm-up, then {args.runs} timed runs (small services: as many as fit in 1 s, 500 at most), "
          "parse, analysis and passes interleaved; times in ms; p95 by nearest rank\n")
    print("| service | lines | parse median | analysis median | p95 | min | lines/s | "
          "analysis over parse | target | met (median / p95) |")
    print("|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|")
    breakdowns = {}
    for name, text, target in services:
        lines = text.count("\n") + (not text.endswith("\n"))
        parsing, full, steps = measure(text, args.runs, 1.0 if lines < 1000 else 0)
        parsed, median = statistics.median(parsing), statistics.median(full)
        over = f"{(median - parsed) * 1000:+,.1f} (x{median / parsed:.2f})"
        met = " / ".join("yes" if v < target else "NO" for v in (median, p95(full)))
        print(f"| {name} | {lines:,} | {ms(parsed)} | {ms(median)} | {ms(p95(full))} | {ms(min(full))} | "
              f"{lines / median:,.0f} | {over} | < {ms(target)} | {met} |", flush=True)
        if name.startswith("generated"):
            breakdowns[name] = steps

    print("\nPer pass (median ms, share of their sum), timing Analysis's steps one by one; "
          "esprima alone is the parse column above.\n")
    names = list(breakdowns)
    print("| pass | " + " | ".join(names) + " |")
    print("|---|" + "--:|" * len(names))
    for i, step in enumerate(PASSES + ["sum"]):
        cells = []
        for name in names:
            steps = breakdowns[name]
            value = sum(steps) if step == "sum" else steps[i]
            cells.append(f"{ms(value)} ({value / sum(steps):.0%})")
        print(f"| {step} | " + " | ".join(cells) + " |")

    if args.profile:
        text = services[0][1]
        profiler = cProfile.Profile()
        profiler.runcall(lambda: analyze_source(text).graph)
        print("\ncProfile of one analysis of the 5,000-line service, top 25 by own time:\n")
        pstats.Stats(profiler, stream=sys.stdout).strip_dirs().sort_stats("tottime").print_stats(25)


if __name__ == "__main__":
    main()
