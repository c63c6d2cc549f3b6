// A metrics collector written with node:timers/promises: requests buffer events, and a background
// loop `for await (const _ of setInterval(40, null, { signal }))` started at load flushes the buffer
// into per-name totals; `POST /stop` aborts the loop through its AbortController (the abort is
// caught and recorded) and `POST /start` starts a new one. Totals are read by later requests.
import express from 'express';
import { fileURLToPath } from 'node:url';
import { setInterval } from 'node:timers/promises';

const buffer = [];
const totals = {};
const loop = { runs: 0, flushes: 0, controller: null, stopped: [] };

async function run(controller) {
  loop.runs++;
  try {
    for await (const _ of setInterval(40, null, { signal: controller.signal })) {
      if (!buffer.length) continue;
      for (const { name, value } of buffer.splice(0)) {
        totals[name] ??= { count: 0, sum: 0 };
        totals[name].count++;
        totals[name].sum += value;
      }
      loop.flushes++;
    }
  } catch (err) {
    loop.stopped.push(err.name);
  }
}

function start() {
  if (loop.controller) return false;
  loop.controller = new AbortController();
  run(loop.controller);
  return true;
}

start();

const app = express();
app.use(express.json());

app.post('/events', (req, res) => {
  const { name, value = 1 } = req.body ?? {};
  if (!name) return res.status(400).json({ error: 'name required' });
  buffer.push({ name, value });
  res.status(202).json({ buffered: true });
});

app.get('/totals', (req, res) => {
  res.json({ totals, pending: buffer.length, running: Boolean(loop.controller), runs: loop.runs, stopped: loop.stopped, flushed: loop.flushes > 0 });
});

app.post('/stop', (req, res) => {
  if (!loop.controller) return res.status(409).json({ error: 'not running' });
  loop.controller.abort();
  loop.controller = null;
  res.json({ stopped: true });
});

app.post('/start', (req, res) => {
  res.status(start() ? 200 : 409).json({ running: true, runs: loop.runs });
});

export default app;
if (process.argv[1] === fileURLToPath(import.meta.url)) app.listen(process.env.PORT || 8080);
