// p-queue 8 (an ES module only package, converted at deploy): a module-level queue of
// thumbnail jobs with a concurrency of 2 and priorities, its state in private fields of its
// class, events ('completed', 'error') written into the service's log, jobs awaiting short
// timers, `onIdle`, `onSizeLessThan`, pause/start, `clear` and a queue made per request.
const express = require('express');
const { default: PQueue } = require('p-queue');

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const queue = new PQueue({ concurrency: 2 });
const log = [];
const results = new Map();
let next = 1;

queue.on('completed', (result) => log.push(`done ${result.id}`));
queue.on('error', (error) => log.push(`failed ${error.message}`));

async function thumbnail(id, size, ms) {
  log.push(`start ${id}`);
  await sleep(ms);
  if (size > 1000) throw new Error(`too big ${id}`);
  const result = { id, size, thumb: Math.round(size / 4) };
  results.set(id, result);
  return result;
}

const app = express();
app.use(express.json());

app.post('/jobs', async (req, res) => {
  const ids = [];
  const runs = req.body.jobs.map((job) => {
    const id = `j${next++}`;
    ids.push(id);
    return queue.add(() => thumbnail(id, job.size, job.ms), { priority: job.priority || 0 })
      .catch((e) => ({ id, error: e.message }));
  });
  const pending = queue.pending;
  const size = queue.size;
  const done = await Promise.all(runs);
  res.status(201).json({ ids, pending, size, done });
});

app.post('/pause', (req, res) => {
  queue.pause();
  res.json({ paused: queue.isPaused });
});

app.post('/enqueue', (req, res) => {
  const id = `j${next++}`;
  queue.add(() => thumbnail(id, req.body.size, 1)).catch(() => {});
  res.status(202).json({ id, size: queue.size, paused: queue.isPaused });
});

app.post('/start', async (req, res) => {
  queue.start();
  await queue.onIdle();
  res.json({ paused: queue.isPaused, size: queue.size, pending: queue.pending, results: results.size });
});

app.post('/clear', (req, res) => {
  queue.pause();
  queue.add(() => thumbnail('never', 1, 1));
  const before = queue.size;
  queue.clear();
  queue.start();
  res.json({ before, after: queue.size });
});

app.get('/batch', async (req, res) => {
  const local = new PQueue({ concurrency: 1 });
  const order = [];
  for (const n of [3, 1, 2]) local.add(async () => { await sleep(n); order.push(n); }, { priority: n });
  await local.onIdle();
  res.json({ order, size: local.size });
});

app.get('/log', (req, res) => {
  res.json({ log, results: [...results.values()], size: queue.size, pending: queue.pending });
});

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
