// Writes batched by a debounce timer: events are buffered and flushed together by
// a setTimeout(flush, 50) started by the first event of a batch; flushes append to
// a file with fs.promises.appendFile; later reads come after the timer has fired
// (answers do not show where a batch ends: that depends on the requests' timing).
const express = require('express');
const fsp = require('fs/promises');
const path = require('path');

const LOG = path.join(__dirname, 'data', 'events.log');
let buffer = [];
let timer = null;
const flushes = [];

async function flush() {
  timer = null;
  const batch = buffer;
  buffer = [];
  await fsp.appendFile(LOG, batch.map((e) => JSON.stringify(e)).join('\n') + '\n');
  flushes.push(batch.length);
}

function record(event) {
  buffer.push(event);
  timer ??= setTimeout(flush, 50);
  return buffer.length;
}

const app = express();
app.use(express.json());

app.post('/events', (req, res) => {
  record({ type: req.body.type, n: req.body.n ?? null });
  res.status(202).json({ accepted: req.body.type, scheduled: timer !== null });
});

app.get('/log', async (req, res) => {
  try {
    const text = await fsp.readFile(LOG, 'utf8');
    const flushed = flushes.reduce((a, b) => a + b, 0);
    res.json({ lines: text.trim().split('\n').map((l) => JSON.parse(l).type), flushed, pending: buffer.length });
  } catch (err) {
    res.status(404).json({ code: err.code, flushed: flushes.length, pending: buffer.length });
  }
});

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
