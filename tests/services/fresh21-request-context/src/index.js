const express = require('express');
const context = require('./context');
const { log, lines, perUser } = require('./logger');

const app = express();
app.use(context.middleware);

const inventory = new Map([['apple', 5], ['pear', 2]]);

async function reserve(item, qty) {
  log(`reserve ${qty} ${item}`);
  await new Promise((r) => setTimeout(r, 20));
  const have = inventory.get(item) ?? 0;
  if (have < qty) {
    log(`short of ${item}`);
    return false;
  }
  inventory.set(item, have - qty);
  log(`reserved ${item}, ${have - qty} left`);
  return true;
}

app.post('/reserve/:item/:qty', async (req, res) => {
  performance.mark(`reserve:${req.params.item}`);
  const ok = await reserve(req.params.item, Number(req.params.qty));
  const ctx = context.current();
  res.status(ok ? 200 : 409).json({ ok, request: ctx.id, steps: ctx.steps });
});

app.get('/logs', (req, res) => {
  const marks = performance.getEntriesByType('mark').map((m) => m.name);
  res.json({ lines, perUser, marks, inventory: Object.fromEntries(inventory) });
});

app.get('/whoami', (req, res) => {
  setTimeout(() => {
    log('whoami later');
    res.json(context.current());
  }, 5);
});

app.listen(process.env.PORT || 3000);
