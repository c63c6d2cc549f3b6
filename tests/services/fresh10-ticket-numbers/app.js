// Ticket numbers: ids from a generator object held by a module (advanced with next(), reset with
// next(true)), a getter on module.exports that counts each read, static methods using `this`
// (a subclass's own static count), a sort comparator counting comparisons on the instance,
// Array.from and JSON.stringify's replacer writing module state, process.nextTick after answering.
const express = require('express');
const ids = require('./lib/ids');
const { Queue, PriorityQueue } = require('./lib/Queue');

const queues = {
  normal: Queue.make('normal'),
  urgent: PriorityQueue.make('urgent'),
};
const stats = { stringified: 0, seeded: 0, ticks: 0 };

const app = express();
app.use(express.json());

app.post('/tickets', (req, res) => {
  const queue = queues[req.body.queue ?? 'normal'];
  if (!queue) return res.status(400).json({ error: 'no such queue' });
  const ticket = ids.nextTicket();
  queue.add({ ticket, serial: ids.serial, priority: Number(req.body.priority ?? 0) });
  process.nextTick(() => { stats.ticks++; });
  res.status(201).json({ ticket, queue: queue.name });
});

app.post('/seed/:n', (req, res) => {
  const made = Array.from({ length: Number(req.params.n) }, () => {
    stats.seeded++;
    return ids.nextTicket();
  });
  res.json(made);
});

app.post('/reset', (req, res) => res.json({ next: ids.resetTickets() }));

app.get('/queues', (req, res) => {
  const body = JSON.stringify(queues, (key, value) => {
    if (key === 'serial') {
      stats.stringified++;
      return undefined;
    }
    return value;
  });
  res.type('json').send(body);
});

app.get('/stats', (req, res) => {
  res.json({ ...stats, issued: ids.issued, counts: [Queue.count, PriorityQueue.count], created: Queue.created,
    comparisons: queues.urgent.comparisons });
});

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
