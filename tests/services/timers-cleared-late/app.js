// An autosave debounced by hand and a progress poller, each cleared by a request that was busy
// when its timer came due: Node.js never runs a callback once its timer is cleared.
const express = require('express');

const app = express();
app.use(express.json());

const docs = new Map();
const saved = [];
let autosave = null;

function scheduleSave(reason) {
  clearTimeout(autosave);
  autosave = setTimeout(() => {
    autosave = null;
    saved.push({ reason, docs: [...docs.keys()] });
  }, 300);
}

function crunch(ms) {
  const end = Date.now() + ms;
  let n = 0;
  while (Date.now() < end) n += 1;
  return n > 0;
}

app.put('/docs/:name', (req, res) => {
  docs.set(req.params.name, req.body.text);
  scheduleSave(`edit ${req.params.name}`);
  res.status(204).end();
});

app.post('/reindex', (req, res) => {
  crunch(700);
  scheduleSave('reindex');
  res.json({ reindexed: docs.size });
});

let progress = 0;
let poller = null;
app.post('/jobs', (req, res) => {
  poller = setInterval(() => { progress += 10; }, 300);
  res.status(202).json({ started: true });
});

app.delete('/jobs', (req, res) => {
  crunch(700);
  clearInterval(poller);
  poller = null;
  res.json({ progress });
});

app.get('/status', (req, res) => {
  res.json({ saved, progress, pending: autosave !== null, polling: poller !== null });
});

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 3000);
