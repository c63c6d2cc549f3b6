// Request metrics collected by middleware: counters per route and status in a Map,
// a latency-free "size" histogram of response bodies via res.on('finish'), an
// endpoint in Prometheus text format, a reset; a MetricsRegistry class.
const express = require('express');

class MetricsRegistry {
  counters = new Map();
  buckets = [10, 50, 100];
  histogram = { le10: 0, le50: 0, le100: 0, inf: 0 };

  inc(name, labels) {
    const key = `${name}{${Object.entries(labels).map(([k, v]) => `${k}="${v}"`).join(',')}}`;
    this.counters.set(key, (this.counters.get(key) ?? 0) + 1);
  }

  observe(size) {
    const le = this.buckets.find((b) => size <= b);
    this.histogram[le ? `le${le}` : 'inf']++;
  }

  render() {
    const lines = [...this.counters].sort(([a], [b]) => (a < b ? -1 : 1)).map(([k, v]) => `${k} ${v}`);
    for (const [k, v] of Object.entries(this.histogram)) lines.push(`body_size_bucket{${k}} ${v}`);
    return `${lines.join('\n')}\n`;
  }

  reset() {
    this.counters.clear();
    Object.keys(this.histogram).forEach((k) => { this.histogram[k] = 0; });
  }
}

const metrics = new MetricsRegistry();
const app = express();

app.use((req, res, next) => {
  res.on('finish', () => {
    metrics.inc('http_requests_total', { method: req.method, route: req.route?.path ?? 'none', status: res.statusCode });
    metrics.observe(Number(res.get('content-length') ?? 0));
  });
  next();
});

app.get('/hello/:name', (req, res) => res.send(`Hello ${req.params.name}`));
app.get('/big', (req, res) => res.send('x'.repeat(Number(req.query.n ?? 75))));
app.get('/fail', (req, res) => res.status(503).json({ error: 'unavailable' }));
app.get('/metrics', (req, res) => res.type('text/plain').send(metrics.render()));
app.post('/metrics/reset', (req, res) => {
  metrics.reset();
  res.sendStatus(204);
});

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
