// A job runner: handlers awaiting inside a switch and a do...while (functions the splitter keeps
// whole) next to a queue singleton (EventEmitter subclass with class fields) whose jobs start on
// a 3 s timer and retry in a do...while of awaited sleeps; a listener keeps a log; a handler
// polls in a loop of short awaited sleeps.
const express = require('express');
const queue = require('./lib/queue');

const doneLog = [];
queue.on('done', (job) => doneLog.push(`${job.id}:${job.type}:${job.attempts}`));

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

const app = express();
app.use(express.json());

app.post('/jobs', async (req, res) => {
  const { type = 'plain', payload = null } = req.body;
  let job;
  switch (type) {
    case 'plain':
    case 'flaky':
      job = queue.add(type, payload);
      break;
    case 'now':
      job = queue.add(type, payload);
      await queue.run(job.id);
      break;
    default:
      return res.status(400).json({ error: `unknown type ${type}` });
  }
  res.status(202).json({ id: job.id, state: job.state });
});

app.get('/jobs/:id', async (req, res) => {
  const job = queue.jobs.get(Number(req.params.id));
  if (!job) return res.sendStatus(404);
  let polls = 0;
  do {
    polls++;
    if (job.state === 'done' || req.query.wait !== '1') break;
    await sleep(2);
  } while (polls < 3);
  res.json({ ...job, polls });
});

app.get('/log', (req, res) => res.json({ processed: queue.processed, done: doneLog }));

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
