// Promises and async/await as today's Express code writes them: .then chains,
// async handlers with several awaits, try/catch around a failing await,
// Promise.all over file reads and Redis calls, an await inside a for loop.
const express = require('express');
const fs = require('fs');
const path = require('path');
const util = require('util');
const redis = require('redis');

const app = express();
app.use(express.json());
const client = redis.createClient({ url: process.env.REDIS_URL });
const getAsync = util.promisify(client.get).bind(client);
const setAsync = util.promisify(client.set).bind(client);
const incrAsync = util.promisify(client.incr).bind(client);
const readFile = fs.promises.readFile;
const dataDir = path.join(__dirname, 'data');

function wait(ms, value) {
  return new Promise((resolve) => setTimeout(() => resolve(value), ms));
}

function fail(ms, message) {
  return new Promise((resolve, reject) => setTimeout(() => reject(new Error(message)), ms));
}

app.get('/chain/:n', (req, res) => {
  wait(2, Number(req.params.n))
    .then((n) => n + 1)
    .then((n) => wait(1, n * 2))
    .then((n) => res.json({ result: n }));
});

app.get('/steps/:name', async (req, res) => {
  const name = req.params.name;
  const greeting = await readFile(path.join(dataDir, 'greeting.txt'), 'utf8');
  const visits = await incrAsync('async-await:visits:' + name);
  const later = await wait(3, greeting.trim() + ', ' + name);
  res.json({ text: later, visits: visits });
});

app.get('/guarded/:file', async (req, res) => {
  try {
    const text = await readFile(path.join(dataDir, req.params.file), 'utf8');
    res.send('found ' + text.length + ' characters');
  } catch (err) {
    res.status(404).json({ error: err.code, syscall: err.syscall });
  }
});

app.get('/rejected', async (req, res) => {
  let outcome = 'none';
  try {
    await wait(1);
    await fail(2, 'timer said no');
    outcome = 'not reached';
  } catch (err) {
    outcome = 'caught: ' + err.message;
  } finally {
    outcome += ' (finally)';
  }
  res.send(outcome);
});

app.post('/kv', async (req, res) => {
  await setAsync('async-await:kv:' + req.body.key, JSON.stringify(req.body.value));
  const back = await getAsync('async-await:kv:' + req.body.key);
  res.status(201).json({ stored: JSON.parse(back) });
});

app.get('/all', async (req, res) => {
  const [greeting, names, count] = await Promise.all([
    readFile(path.join(dataDir, 'greeting.txt'), 'utf8'),
    readFile(path.join(dataDir, 'names.txt'), 'utf8'),
    incrAsync('async-await:all'),
  ]);
  res.json({ greeting: greeting.trim(), names: names.trim().split('\n'), count: count });
});

app.get('/settled', async (req, res) => {
  const results = await Promise.allSettled([wait(2, 'slow'), fail(1, 'fast failure'), wait(1, 'quick')]);
  res.json(results.map((r) => (r.status === 'fulfilled' ? r.value : r.reason.message)));
});

app.get('/race', async (req, res) => {
  const winner = await Promise.race([wait(30, 'tortoise'), wait(1, 'hare')]);
  res.send(winner);
});

app.get('/loop/:n', async (req, res) => {
  const n = Number(req.params.n);
  const seen = [];
  let total = 0;
  for (let i = 1; i <= n; i++) {
    const value = await wait(1, i * i);
    seen.push(value);
    total += value;
  }
  res.json({ seen: seen, total: total });
});

app.get('/names', async (req, res) => {
  const names = (await readFile(path.join(dataDir, 'names.txt'), 'utf8')).trim().split('\n');
  const lengths = [];
  for (const name of names) {
    const upper = await wait(1, name.toUpperCase());
    if (upper.startsWith('B')) continue;
    lengths.push(upper + ':' + upper.length);
  }
  res.json(lengths);
});

app.get('/early/:flag', async (req, res) => {
  if (req.params.flag === 'stop') {
    return res.status(400).send('stopped early');
  }
  const value = await wait(1, 'went on');
  res.send(value);
});

app.get('/next-error', async (req, res, next) => {
  try {
    await fail(1, 'handled by the error middleware');
  } catch (err) {
    next(err);
  }
});

app.use((err, req, res, next) => {
  res.status(500).json({ error: err.message });
});

// The handler is kept whole by the analyzer (an await in a switch): its awaits resume
// within the message when what they wait for settles there (a file read). The async
// method it calls is split, as an async function is.
class Notes {
  async firstLine(name) {
    const text = await readFile(path.join(dataDir, name), 'utf8');
    return text.split('\n')[0];
  }
}
const notes = new Notes();

app.get('/kept/:kind', async (req, res) => {
  let out;
  switch (req.params.kind) {
    case 'first-line':
      out = await notes.firstLine('greeting.txt');
      break;
    case 'size':
      out = String((await readFile(path.join(dataDir, 'greeting.txt'))).length);
      break;
    default:
      out = 'unknown kind';
  }
  res.send(out);
});

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
