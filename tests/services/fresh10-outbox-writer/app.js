// An outbox written to a JSON file: an EventEmitter subclass with private pending events, a
// debounce timer whose AbortController is aborted when a batch fills, public counters, a flush
// that reads and rewrites the file with fs/promises and emits 'flushed' (a module listener keeps a
// log); a request waiting for the next flush with events.once and an AbortSignal timeout.
const express = require('express');
const fs = require('fs/promises');
const { outbox, flushLog, waitForFlush, FILE } = require('./lib/outbox');

const app = express();
app.use(express.json());

app.post('/events', async (req, res, next) => {
  try {
    let flushed = await outbox.enqueue({ type: String(req.body.type ?? 'unknown') });
    if (req.query.now === '1') flushed ??= await outbox.flush('manual');
    res.status(202).json({ pending: outbox.pending, flushed });
  } catch (err) {
    next(err);
  }
});

app.post('/flush', async (req, res) => {
  res.json({ flushed: await outbox.flush('manual') });
});

app.get('/wait', async (req, res) => {
  const info = await waitForFlush(Number(req.query.ms ?? 50));
  res.json({ info });
});

app.get('/outbox', async (req, res) => {
  const text = await fs.readFile(FILE, 'utf8');
  res.json({ file: JSON.parse(text), flushes: outbox.flushes, written: outbox.written, log: flushLog });
});

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
