// A metrics registry in an ES module: an abstract Metric whose constructor registers each instance by
// `new.target` (per-kind counts in a static private Map made lazily with `??=` in a static method), Counter,
// Gauge and Histogram subclasses with private fields, `#value in obj` brand checks, a `static {}` block of
// default buckets, observations queued by requests and flushed in one setImmediate batch, a queueMicrotask
// counting scrapes, a memoizing getter in an object literal (`??=` in a getter: a read that writes), a text
// exposition made with util.format and a generator per metric, label sets keyed by URLSearchParams strings.
import express from 'express';
import { format } from 'node:util';
import { fileURLToPath } from 'node:url';

class Metric {
  static #byKind;
  static #all = new Map();

  static kinds() {
    return (Metric.#byKind ??= new Map());
  }

  static get(name) {
    return Metric.#all.get(name);
  }

  static *every() {
    yield* Metric.#all.values();
  }

  constructor(name, help) {
    if (new.target === Metric) throw new TypeError('Metric is abstract');
    if (Metric.#all.has(name)) throw new Error(format('metric %s already registered', name), { cause: { name } });
    this.name = name;
    this.help = help ?? '';
    const kinds = Metric.kinds();
    kinds.set(new.target.type, (kinds.get(new.target.type) ?? 0) + 1);
    Metric.#all.set(name, this);
  }
}

const key = (labels = {}) => new URLSearchParams(Object.entries(labels).sort()).toString();

class Counter extends Metric {
  static type = 'counter';
  #values = new Map();
  inc(labels, by = 1) {
    if (by < 0) throw new RangeError('counters only go up');
    const k = key(labels);
    this.#values.set(k, (this.#values.get(k) ?? 0) + by);
  }
  *samples() {
    for (const [k, v] of this.#values) yield [this.name, k, v];
  }
  static is(m) {
    return #values in m;
  }
}

class Gauge extends Metric {
  static type = 'gauge';
  #value = 0;
  set(v) {
    this.#value = v;
  }
  add(v) {
    this.#value += v;
  }
  *samples() {
    yield [this.name, '', this.#value];
  }
  static is(m) {
    return #value in m;
  }
}

class Histogram extends Metric {
  static type = 'histogram';
  static defaultBuckets;
  static {
    Histogram.defaultBuckets = Object.freeze([10, 50, 100, 500]);
  }
  #buckets;
  #counts;
  #sum = 0;
  #n = 0;
  constructor(name, help, buckets = Histogram.defaultBuckets) {
    super(name, help);
    this.#buckets = [...buckets].sort((a, b) => a - b);
    this.#counts = new Array(this.#buckets.length).fill(0);
  }
  observe(v) {
    this.#sum += v;
    this.#n++;
    const i = this.#buckets.findIndex((b) => v <= b);
    if (i !== -1) this.#counts[i]++;
  }
  *samples() {
    let running = 0;
    for (const [i, b] of this.#buckets.entries()) {
      running += this.#counts[i];
      yield [`${this.name}_bucket`, `le=${b}`, running];
    }
    yield [`${this.name}_bucket`, 'le=%2BInf', this.#n];
    yield [`${this.name}_sum`, '', this.#sum];
    yield [`${this.name}_count`, '', this.#n];
  }
}

const pending = [];
let flushes = 0;
let scrapes = 0;

function queueObservation(name, value) {
  if (pending.push([name, value]) === 1) {
    setImmediate(() => {
      flushes++;
      for (const [n, v] of pending.splice(0)) Metric.get(n)?.observe(v);
    });
  }
}

const info = {
  started: 'boot',
  get summary() {
    return (this._summary ??= format('%d metrics at %s', [...Metric.every()].length, this.started));
  },
  reset() {
    delete this._summary;
  },
};

new Counter('http_requests_total', 'Requests by route and status');
new Histogram('latency_ms', 'Latency in milliseconds');

const app = express();
app.use(express.json());

app.post('/metrics', (req, res) => {
  const { kind, name, help, buckets } = req.body;
  const Kind = { counter: Counter, gauge: Gauge, histogram: Histogram }[kind];
  if (!Kind) return res.status(400).json({ error: format('unknown kind %o', kind) });
  try {
    new Kind(name, help, buckets);
    info.reset();
    res.status(201).json({ name, kinds: Object.fromEntries(Metric.kinds()) });
  } catch (err) {
    res.status(409).json({ error: err.message, cause: err.cause ?? null });
  }
});

app.post('/observe/:name', (req, res) => {
  const metric = Metric.get(req.params.name);
  if (!metric) return res.status(404).json({ error: 'no such metric' });
  const { value, labels } = req.body;
  try {
    if (Counter.is(metric)) metric.inc(labels, value);
    else if (Gauge.is(metric)) req.body.add ? metric.add(value) : metric.set(value);
    else queueObservation(metric.name, value);
  } catch (err) {
    return res.status(422).json({ error: err.message, name: err.name });
  }
  Metric.get('http_requests_total').inc({ route: 'observe', status: 202 });
  res.status(202).json({ queued: pending.length });
});

app.get('/metrics', (_req, res) => {
  queueMicrotask(() => scrapes++);
  const lines = [];
  for (const m of Metric.every()) {
    lines.push(format('# HELP %s %s', m.name, m.help), format('# TYPE %s %s', m.name, m.constructor.type));
    for (const [name, labels, value] of m.samples()) {
      const l = labels ? `{${[...new URLSearchParams(labels)].map(([k, v]) => `${k}="${v}"`).join(',')}}` : '';
      lines.push(format('%s%s %d', name, l, value));
    }
  }
  res.type('text/plain').send(lines.join('\n') + '\n');
});

app.get('/info', (_req, res) => {
  res.json({ summary: info.summary, cached: Object.hasOwn(info, '_summary'), scrapes, flushes, pending: pending.length });
});

export default app;
if (process.argv[1] === fileURLToPath(import.meta.url)) app.listen(process.env.PORT || 8080);
