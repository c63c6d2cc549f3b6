// Objects of module state held across an await or a timer: a session taken out of a Map,
// a job out of an array, the settled value of a module promise, `const self = this` in a
// prototype method whose timer callback changes the instance. In Node.js each stays the
// very object the module holds.
const express = require('express');
const { setTimeout: sleep } = require('timers/promises');

const app = express();
app.use(express.json());

const sessions = new Map([['ann', { name: 'ann', visits: 0, seen: [] }]]);
const jobs = [];
const settings = { current: { theme: 'light', changes: 0 } };

function Counter(name) {
  this.name = name;
  this.ticks = 0;
}
Counter.prototype.tickLater = function (n) {
  const self = this;
  return new Promise((resolve) => {
    setTimeout(function () {
      self.ticks += n;
      resolve(self.ticks);
    }, 2);
  });
};
const counter = new Counter('main');

const configReady = new Promise((resolve) => setImmediate(() => resolve({ loaded: 0, flags: new Set() })));

app.post('/visit/:name', async (req, res) => {
  let session = sessions.get(req.params.name);
  if (!session) {
    session = { name: req.params.name, visits: 0, seen: [] };
    sessions.set(req.params.name, session);
  }
  await sleep(1);
  session.visits += 1;
  session.seen.push(req.body.page || '/');
  res.json({ visits: session.visits, stored: sessions.get(req.params.name).visits });
});

app.get('/sessions', (req, res) => res.json([...sessions.values()]));

app.post('/jobs', (req, res) => {
  jobs.push({ id: jobs.length + 1, title: req.body.title, state: 'queued' });
  res.status(201).json(jobs[jobs.length - 1]);
});

app.post('/jobs/next', async (req, res) => {
  const job = jobs.find((j) => j.state === 'queued');
  if (!job) return res.status(404).json({ error: 'no queued job' });
  job.state = 'running';
  await new Promise((resolve) => setTimeout(resolve, 2));
  job.state = 'done';
  job.finishedBy = req.body.worker;
  res.json(job);
});

app.get('/jobs', (req, res) => res.json(jobs));

app.put('/settings/theme', async (req, res) => {
  const s = settings.current;
  await Promise.resolve();
  await sleep(1);
  s.theme = req.body.theme;
  s.changes++;
  res.json(settings.current);
});

app.post('/tick/:n', async (req, res) => {
  const total = await counter.tickLater(Number(req.params.n));
  res.json({ total, ticks: counter.ticks });
});

app.post('/config/flag/:flag', async (req, res) => {
  const config = await configReady;
  config.loaded += 1;
  config.flags.add(req.params.flag);
  res.json({ loaded: config.loaded, flags: [...config.flags].sort() });
});

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
