// Promises that several places hold: made at start-up and awaited by every
// request, memoised by the first request that needs them, stored by one request
// and awaited by another, awaited by two continuations, and settled twice (the
// second settlement must change nothing).
const express = require('express');
const fs = require('fs');
const path = require('path');

const app = express();
const dataDir = path.join(__dirname, 'data');

function later(ms, value) {
  return new Promise((resolve) => setTimeout(() => resolve(value), ms));
}

// made by the top level: the snapshot holds them, every node awaits the same one
const config = fs.promises.readFile(path.join(dataDir, 'config.json'), 'utf8').then(JSON.parse);
const ready = later(20, 'warm');

app.get('/config', async (req, res) => {
  const c = await config;
  res.json({ greeting: c.greeting, retries: c.retries });
});

app.get('/ready', (req, res) => {
  ready.then((state) => res.send('service is ' + state));
});

// memoised by the first request: loaded once, whatever the requests that follow
let loads = 0;
let catalog = null;
function loadCatalog() {
  if (!catalog) {
    loads += 1;
    catalog = later(15, ['apple', 'pear', 'plum']);
  }
  return catalog;
}

app.get('/catalog', async (req, res) => {
  const items = await loadCatalog();
  res.json({ items: items, loads: loads });
});

// stored by one request, awaited by later ones while still pending
let job = null;
app.post('/jobs', (req, res) => {
  job = later(150, 'job done');
  res.status(202).send('started');
});

app.get('/jobs/wait', async (req, res) => {
  if (!job) return res.status(404).send('no job');
  res.send(await job);
});

// one promise, two continuations in two other messages
app.get('/two-waiters', (req, res) => {
  const value = later(5, 21);
  const first = new Promise((resolve) => setTimeout(() => value.then((v) => resolve(v)), 1));
  const second = new Promise((resolve) => setTimeout(() => value.then((v) => resolve(v * 2)), 2));
  Promise.all([first, second]).then((both) => res.json(both));
});

// settled from an interval's callback, which runs once per tick
app.get('/interval', (req, res) => {
  let ticks = 0;
  new Promise((resolve) => {
    const timer = setInterval(() => {
      ticks += 1;
      if (ticks === 3) {
        clearInterval(timer);
        resolve(ticks);
      }
    }, 5);
  }).then((n) => res.send('after ' + n + ' ticks'));
});

// resolved by one timer, rejected by another: only the first settlement counts
let lateRejections = 0;
app.get('/settle-twice', (req, res) => {
  new Promise((resolve, reject) => {
    setTimeout(() => resolve('resolved first'), 1);
    setTimeout(() => reject(new Error('rejected later')), 40);
  }).then(
    (value) => res.send(value),
    () => { lateRejections += 1; }
  );
});

app.get('/late-rejections', (req, res) => {
  res.json({ lateRejections: lateRejections });
});

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
