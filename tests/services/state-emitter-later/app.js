// EventEmitters whose listeners fire in a later message, after a timer: a `once`
// listener the job's timer fires is gone for the listener itself; `events.once`
// awaited until a timer emits, and rejected by an 'error' event; jobs kept in a
// module Map whose listeners fire after the request that started them, read by
// later requests (listenerCount, eventNames); `events.on`'s iterator read with
// next() across the timer's message; a ticker whose step sets a timer on itself.
const express = require('express');
const { EventEmitter, once, on } = require('events');
const app = express();

class Job extends EventEmitter {
  constructor(id, n) {
    super();
    this.id = id;
    this.n = n;
    this.status = 'new';
  }

  start() {
    this.status = 'running';
    setTimeout(() => {
      if (this.n < 0) {
        this.status = 'failed';
        this.emit('error', new Error(`bad input ${this.n}`));
        return;
      }
      this.status = 'done';
      this.emit('progress', 100);
      this.emit('done', this.n * 2);
    }, 5);
    return this;
  }
}

class Ticker extends EventEmitter {
  constructor(n) {
    super();
    this.n = n;
  }

  start() {
    let i = 0;
    const step = () => {
      i++;
      this.emit('tick', i * 10);
      if (i < this.n) setTimeout(step, 5);
      else this.emit('end', i);
    };
    setTimeout(step, 5);
    return this;
  }
}

let finished = 0;
const history = [];
const jobs = new Map();

const listeners = (job) => ({
  names: job.eventNames(),
  onDone: job.listenerCount('done'),
  onError: job.listenerCount('error'),
});

app.get('/job/:n', (req, res) => {
  const job = new Job('one', Number(req.params.n));
  job.once('done', (result) => {
    finished++;
    res.json({ result, finished, ...listeners(job) });
  });
  job.start();
});

app.get('/wait/:n', async (req, res) => {
  const job = new Job('wait', Number(req.params.n)).start();
  try {
    const [result] = await once(job, 'done');
    finished++;
    res.json({ result, finished, status: job.status, ...listeners(job) });
  } catch (err) {
    res.status(422).json({ error: err.message, status: job.status, ...listeners(job) });
  }
});

app.get('/next/:n', (req, res) => {
  const job = new Job('next', Number(req.params.n)).start();
  const events = on(job, 'progress', { close: ['done'] });
  events.next().then(({ value }) => events.next().then((end) => {
    res.json({ value, end, status: job.status, ...listeners(job) });
  }));
});

app.get('/ticks/:n', (req, res) => {
  const ticker = new Ticker(Number(req.params.n)).start();
  const seen = [];
  ticker.on('tick', (v) => seen.push(v));
  ticker.once('end', (steps) => res.json({ seen, steps, names: ticker.eventNames() }));
});

app.post('/jobs/:id/:n', (req, res) => {
  const { id } = req.params;
  const job = new Job(id, Number(req.params.n));
  jobs.set(id, job);
  job.on('progress', (p) => history.push(`${id}:${p}`));
  job.once('done', (result) => {
    job.result = result;
    history.push(`${id}=${result}`);
  });
  job.on('error', (err) => {
    job.error = err.message;
    history.push(`${id}!`);
  });
  job.start();
  res.status(202).json({ id, status: job.status, ...listeners(job) });
});

app.get('/jobs/:id', (req, res) => {
  const job = jobs.get(req.params.id);
  if (!job) return res.status(404).json({ error: `no job ${req.params.id}` });
  res.json({ id: job.id, status: job.status, result: job.result ?? null, error: job.error ?? null,
             onProgress: job.listenerCount('progress'), ...listeners(job) });
});

app.get('/jobs/:id/wait', async (req, res) => {
  const job = jobs.get(req.params.id);
  const [result] = await once(job.start(), 'done');
  res.json({ id: job.id, result, status: job.status, ...listeners(job) });
});

app.post('/rerun/:id', (req, res) => {
  const job = jobs.get(req.params.id);
  job.once('done', (result) => history.push(`rerun ${job.id}=${result}`));
  job.start();
  res.status(202).json({ id: job.id, status: job.status, ...listeners(job) });
});

app.get('/history', (req, res) => {
  res.json({ history, finished, jobs: [...jobs.keys()] });
});

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
