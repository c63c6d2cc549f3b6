const express = require('express');
const Processor = require('./processor');

const processor = new Processor({ maxAttempts: 3 });
const outcome = { delivered: [], dead: [], drained: 0 };
processor.on('delivered', (e) => outcome.delivered.push(`${e.key}@${e.attempts}`));
processor.on('dead', (e) => outcome.dead.push(e.key));
processor.on('drained', () => { outcome.drained += 1; });

const app = express();
app.use(express.json());

app.post('/webhooks', (req, res) => {
  const key = req.get('idempotency-key');
  if (!key) return res.status(400).json({ error: 'Idempotency-Key header required' });
  const result = processor.submit(key, req.body);
  res.status(result.duplicate ? 200 : 202).json(result);
});

app.get('/webhooks/:key', (req, res) => {
  const entry = processor.seen.get(req.params.key);
  entry ? res.json(entry) : res.sendStatus(404);
});

app.get('/outcome', (req, res) => res.json(outcome));

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
