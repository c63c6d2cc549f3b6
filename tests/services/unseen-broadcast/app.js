const express = require('express');

const subscribers = new Set();
const history = [];

function broadcast(event) {
  history.push(event);
  for (const sub of subscribers) {
    sub.res.write(`data: ${JSON.stringify(event)}\n\n`);
    sub.left -= 1;
    if (sub.left === 0) {
      sub.res.end();
      subscribers.delete(sub);
    }
  }
}

const app = express();
app.use(express.json());

app.get('/events', (req, res) => {
  res.set({ 'content-type': 'text/event-stream', 'cache-control': 'no-cache' });
  res.flushHeaders();
  const sub = { res, left: Number(req.query.max ?? 2) };
  subscribers.add(sub);
  req.on('close', () => subscribers.delete(sub));
});

app.post('/messages', (req, res) => {
  const event = { n: history.length + 1, text: req.body.text };
  broadcast(event);
  res.status(202).json({ delivered: subscribers.size, n: event.n });
});

app.get('/history', (req, res) => res.json(history));

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
