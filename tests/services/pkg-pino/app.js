// pino 10: a logger writing to a destination of the service's own (an object with `write`
// keeping the last lines in a module array), without time or pid so lines are deterministic;
// child loggers with bindings per request, custom levels, serializers, redaction (fast-redact
// compiles its redactor with `new Function`), `level` changed at run time, `isLevelEnabled`,
// mixin reading the service's state, and a formatter for the level label.
const express = require('express');
const pino = require('pino');

const lines = [];
let served = 0;
const destination = {
  write(line) {
    lines.push(JSON.parse(line));
    if (lines.length > 20) lines.shift();
  },
};

const logger = pino({
  name: 'shop',
  level: 'info',
  base: undefined,
  timestamp: false,
  customLevels: { audit: 35 },
  formatters: { level: (label, number) => ({ level: label, n: number }) },
  redact: { paths: ['user.password', 'card.number', 'headers["x-token"]'], censor: '[hidden]' },
  serializers: { order: (o) => ({ id: o.id, total: o.items.reduce((s, i) => s + i.price * i.qty, 0) }) },
  mixin: () => ({ served }),
}, destination);

const orders = new Map();
const app = express();
app.use(express.json());
app.use((req, res, next) => {
  served += 1;
  req.log = logger.child({ route: `${req.method} ${req.path}` });
  next();
});

app.post('/users', (req, res) => {
  req.log.info({ user: req.body }, 'user signed up');
  res.status(201).json({ name: req.body.name });
});

app.post('/orders', (req, res) => {
  const order = { id: `o${orders.size + 1}`, items: req.body.items || [] };
  if (!order.items.length) {
    req.log.warn({ body: req.body }, 'empty order');
    return res.status(400).json({ error: 'no items' });
  }
  orders.set(order.id, order);
  req.log.child({ orderId: order.id }).audit({ order, card: req.body.card }, 'order placed');
  res.status(201).json({ id: order.id });
});

app.get('/debug', (req, res) => {
  req.log.debug('hidden at info');
  req.log.trace('hidden too');
  res.json({ debug: logger.isLevelEnabled('debug'), audit: logger.isLevelEnabled('audit'), level: logger.level });
});

app.put('/level/:level', (req, res) => {
  try {
    logger.level = req.params.level;
    logger.info({ headers: { 'x-token': req.headers['x-token'], accept: req.headers.accept } }, 'level changed to %s', req.params.level);
    res.json({ level: logger.level, value: logger.levelVal });
  } catch (e) {
    res.status(400).json({ error: e.message });
  }
});

app.get('/fail', (req, res) => {
  const err = new TypeError('bad thing');
  err.code = 'E_BAD';
  req.log.error({ err }, 'failed: %d tries, %j', 3, { a: 1 });
  res.status(500).json({ logged: true });
});

app.get('/logs', (req, res) => {
  const last = lines.slice(-Number(req.query.n || 5)).map((l) => (l.err
    ? { ...l, err: { type: l.err.type, message: l.err.message, code: l.err.code, stack: typeof l.err.stack } }
    : l));
  res.json({ count: lines.length, last });
});

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
