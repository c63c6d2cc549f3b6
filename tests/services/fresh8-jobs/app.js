// A batch job runner: p-limit 3 caps how many of a batch's tasks run at once (tasks wait on
// timers of their own), winston logs every step through a format pipeline to the console and
// to a transport of the service's own (a winston-transport subclass keeping the lines in
// memory), with a child logger per batch. No timestamps reach an answer.
const express = require('express');
const pLimit = require('p-limit');
const winston = require('winston');
const Transport = require('winston-transport');

class MemoryTransport extends Transport {
  constructor(opts) {
    super(opts);
    this.lines = [];
  }

  log(info, callback) {
    this.lines.push(info[Symbol.for('message')]);
    callback();
  }
}

const memory = new MemoryTransport({ level: 'debug' });
const logger = winston.createLogger({
  level: 'debug',
  format: winston.format.combine(
    winston.format.label({ label: 'jobs' }),
    winston.format.splat(),
    winston.format.printf(({ level, message, label, batch }) => `${label}${batch ? `/${batch}` : ''} ${level}: ${message}`),
  ),
  transports: [memory, new winston.transports.Console({ level: 'warn' })],
});

const limit = pLimit(2);
const batches = [];
let running = 0;
let peak = 0;

function work(log, item) {
  return limit(async () => {
    running += 1;
    peak = Math.max(peak, running);
    log.debug('start %s (running %d)', item.name, running);
    await new Promise((resolve) => setTimeout(resolve, item.ms));
    running -= 1;
    if (item.fail) {
      log.warn('failed %s', item.name);
      throw new Error(`${item.name} failed`);
    }
    log.info('done %s', item.name);
    return item.name.toUpperCase();
  });
}

const app = express();
app.use(express.json());

app.post('/batches', async (req, res) => {
  const id = batches.length + 1;
  const log = logger.child({ batch: id });
  log.info('batch of %d', req.body.items.length);
  const results = await Promise.allSettled(req.body.items.map((item) => work(log, item)));
  const batch = {
    id,
    results: results.map((r) => (r.status === 'fulfilled' ? r.value : r.reason.message)),
    failed: results.filter((r) => r.status === 'rejected').length,
  };
  batches.push(batch);
  res.status(201).json({ ...batch, peak, active: limit.activeCount, pending: limit.pendingCount });
});

app.get('/batches/:id', (req, res) => {
  const batch = batches[Number(req.params.id) - 1];
  if (!batch) {
    logger.error('no batch %s', req.params.id);
    return res.status(404).json({ error: 'no batch' });
  }
  res.json(batch);
});

app.put('/level', (req, res) => {
  logger.level = req.body.level;
  memory.level = req.body.level;
  res.json({ level: logger.level, debugOn: logger.isDebugEnabled() });
});

app.get('/logs', (req, res) => {
  res.json({ count: memory.lines.length, lines: memory.lines.slice(-Number(req.query.last || 100)) });
});

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
