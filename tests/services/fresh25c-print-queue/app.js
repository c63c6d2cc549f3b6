// A print queue for a warehouse's label printers. The queue is a module array changed in place
// (splice to cancel and to move a job up, sort by priority, reverse, fill/copyWithin on the
// printer slots), often through an alias (`const q = jobs; q.sort(...)`); job numbers are drawn in
// an `Array.from` mapper, labels are rendered by a `replace` callback counting fields in its
// module, and a finished label goes to the tray a sorted copy puts first (`[...trays].sort(...)[0]`).
'use strict';
const express = require('express');
const { render, usage } = require('./lib/render');

const app = express();
app.use(express.json());

const jobs = [];
const slots = new Array(4).fill(null); // what each printer is printing
const done = [];
let seq = 0;
// finished labels drop into the emptiest output tray
const trays = [{ id: 'A', labels: 0 }, { id: 'B', labels: 0 }, { id: 'C', labels: 0 }];

const TEMPLATE = '{{sku}} x{{qty}} -> {{bin}}';

function byPriority(a, b) {
  return b.priority - a.priority || a.no - b.no;
}

app.post('/jobs', (req, res) => {
  const created = Array.from(req.body.labels, (label) => ({
    no: ++seq,
    priority: label.priority ?? 0,
    text: render(TEMPLATE, label),
  }));
  const q = jobs;
  q.push(...created);
  q.sort(byPriority);
  res.status(201).json({ created: created.map((j) => j.no), queue: jobs.map((j) => j.no) });
});

app.delete('/jobs/:no', (req, res) => {
  const at = jobs.findIndex((j) => j.no === Number(req.params.no));
  if (at < 0) return res.status(404).json({ error: 'not queued' });
  const [cancelled] = jobs.splice(at, 1);
  res.json({ cancelled: cancelled.no, queue: jobs.map((j) => j.no) });
});

app.post('/jobs/:no/top', (req, res) => {
  const at = jobs.findIndex((j) => j.no === Number(req.params.no));
  if (at < 0) return res.status(404).json({ error: 'not queued' });
  jobs.unshift(...jobs.splice(at, 1));
  jobs[0].priority = Math.max(...jobs.map((j) => j.priority)) + 1;
  res.json({ queue: jobs.map((j) => `${j.no}:${j.priority}`) });
});

app.post('/queue/reverse', (req, res) => {
  jobs.reverse();
  res.json({ queue: jobs.map((j) => j.no) });
});

app.post('/dispatch', (req, res) => {
  // fill every free printer from the head of the queue
  const started = [];
  slots.forEach((slot, i) => {
    if (slot === null && jobs.length) {
      slots[i] = jobs.shift();
      started.push([i, slots[i].no]);
    }
  });
  res.json({ started, slots: slots.map((s) => s && s.no) });
});

app.post('/printers/:i/done', (req, res) => {
  const i = Number(req.params.i);
  if (!slots[i]) return res.status(409).json({ error: 'idle' });
  done.push(slots[i].text);
  [...trays].sort((a, b) => a.labels - b.labels || b.id.localeCompare(a.id))[0].labels++;
  // the printers after i move one place up, the last one frees
  slots.copyWithin(i, i + 1).fill(null, slots.length - 1);
  res.json({ done: done.length, slots: slots.map((s) => s && s.no) });
});

app.post('/printers/reset', (req, res) => {
  const back = slots.filter(Boolean);
  jobs.unshift(...back);
  slots.fill(null);
  res.json({ requeued: back.map((j) => j.no), queue: jobs.map((j) => j.no) });
});

app.get('/report', (req, res) => {
  res.json({ done, usage, queued: jobs.length, seq, trays });
});

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
