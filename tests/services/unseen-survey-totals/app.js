const express = require('express');
const { EventEmitter } = require('events');

const responses = [];
const totals = {};
const meta = new WeakMap();  // response -> private bookkeeping
const bus = new EventEmitter();

bus.on('answered', (response) => {
  Object.entries(response.answers).forEach(([question, choice]) => {
    totals[question] ??= {};
    totals[question][choice] = (totals[question][choice] || 0) + 1;
  });
});
bus.on('answered', (response) => meta.set(response, { edits: 0 }));

function applyPatch(target, patch) {
  for (const [key, value] of Object.entries(patch)) {
    if (value === null) delete target[key];
    else target[key] = value;
  }
  return target;
}

const app = express();
app.use(express.json());

app.post('/responses', (req, res) => {
  const response = { id: responses.length + 1, answers: { ...req.body } };
  responses.push(response);
  bus.emit('answered', response);
  res.status(201).json({ id: response.id });
});

app.patch('/responses/:id', (req, res) => {
  const response = responses.find((r) => r.id === Number(req.params.id));
  if (!response) return res.status(404).json({ error: 'no such response' });
  Object.entries(response.answers).forEach(([q, c]) => { totals[q][c] -= 1; });
  applyPatch(response.answers, req.body);
  Object.entries(response.answers).forEach(([q, c]) => {
    totals[q] ??= {};
    totals[q][c] = (totals[q][c] || 0) + 1;
  });
  meta.get(response).edits += 1;
  res.json({ ...response, edits: meta.get(response).edits });
});

app.get('/totals', (req, res) => {
  const summary = Object.keys(totals).sort().map((q) => {
    const [top] = Object.entries(totals[q]).filter(([, n]) => n > 0).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
    return { question: q, top: top?.[0] ?? null, counts: totals[q] };
  });
  res.json({ responses: responses.length, summary });
});

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
