// A transactional outbox: writes append events; a setInterval flusher
// delivers them in batches to a fake broker and clears itself once the outbox
// is empty (started again by the next write). A throttled "stats" recompute
// runs at most once per window, a trailing call scheduled with setTimeout.
const express = require('express');

const outbox = [];
const delivered = [];
const broker = {
  topics: new Map(),
  async publish(topic, payload) {
    await Promise.resolve();
    if (payload.poison) throw new Error(`rejected ${topic}`);
    const list = this.topics.get(topic) ?? [];
    list.push(payload);
    this.topics.set(topic, list);
  },
};

let flusher = null;
let ticks = 0;
const failures = [];

async function flushOnce() {
  ticks += 1;
  const batch = outbox.splice(0, 2);
  const results = await Promise.allSettled(batch.map((e) => broker.publish(e.topic, e.payload)));
  results.forEach((r, i) => {
    if (r.status === 'fulfilled') delivered.push(batch[i].id);
    else failures.push({ id: batch[i].id, reason: r.reason.message });
  });
  if (outbox.length === 0 && flusher) {
    clearInterval(flusher);
    flusher = null;
  }
}

function ensureFlusher() {
  flusher ??= setInterval(() => {
    flushOnce().catch((err) => failures.push({ id: null, reason: err.message }));
  }, 100);
}

let nextId = 1;
function enqueue(topic, payload) {
  const event = { id: nextId++, topic, payload };
  outbox.push(event);
  ensureFlusher();
  return event.id;
}

function throttle(fn, ms) {
  let last = -Infinity;
  let trailing = null;
  return (...args) => {
    if (trailing) return 'scheduled';
    if (ticks - last >= ms) {
      last = ticks;
      fn(...args);
      return 'ran';
    }
    trailing = setTimeout(() => {
      trailing = null;
      last = ticks;
      fn(...args);
    }, 150);
    return 'deferred';
  };
}

const summary = { computed: 0, topics: {} };
const recompute = throttle(() => {
  summary.computed += 1;
  summary.topics = Object.fromEntries([...broker.topics].map(([t, list]) => [t, list.length]));
}, 1);

const app = express();
app.use(express.json());

app.post('/events/:topic', (req, res) => {
  const ids = [].concat(req.body).map((payload) => enqueue(req.params.topic, payload));
  res.status(202).json({ ids, pending: outbox.length, flushing: flusher !== null });
});

app.get('/outbox', (req, res) => {
  res.json({ pending: outbox.map((e) => e.id), delivered, failures, flushing: flusher !== null });
});

app.post('/summary', (req, res) => {
  res.json({ outcome: recompute(), summary });
});

app.get('/topics/:topic', (req, res) => {
  const list = broker.topics.get(req.params.topic);
  if (!list) return res.status(404).json({ error: `no topic ${req.params.topic}` });
  res.json(list);
});

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
