// async-mutex 0.5: a bank whose transfers read, await a short timer and write balances
// under a Mutex per account (runExclusive, acquire/release), a Semaphore limiting concurrent
// report jobs (its value and waiters), `isLocked`, `waitForUnlock`, `tryAcquire` failing fast
// with E_ALREADY_LOCKED, and `withTimeout` on a mutex held by a paused request.
const express = require('express');
const { Mutex, Semaphore, tryAcquire, withTimeout, E_ALREADY_LOCKED, E_TIMEOUT } = require('async-mutex');

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const balances = new Map([['alice', 100], ['bob', 50], ['carol', 0]]);
const locks = new Map([...balances.keys()].map((name) => [name, new Mutex()]));
const reports = new Semaphore(2);
const journal = [];
const admin = new Mutex();
const adminTimed = withTimeout(admin, 20, new Error('admin busy'));

async function transfer(from, to, amount) {
  const [first, second] = [from, to].sort();
  return locks.get(first).runExclusive(() => locks.get(second).runExclusive(async () => {
    const have = balances.get(from);
    await sleep(2);
    if (have < amount) throw new Error(`insufficient funds in ${from}`);
    balances.set(from, have - amount);
    balances.set(to, balances.get(to) + amount);
    journal.push(`${from}->${to}:${amount}`);
    return { [from]: balances.get(from), [to]: balances.get(to) };
  }));
}

const app = express();
app.use(express.json());

app.post('/transfers', async (req, res) => {
  const results = await Promise.allSettled(req.body.map((t) => transfer(t.from, t.to, t.amount)));
  res.json({
    results: results.map((r) => (r.status === 'fulfilled' ? r.value : { error: r.reason.message })),
    balances: Object.fromEntries(balances),
  });
});

app.post('/reports', async (req, res) => {
  const seen = [];
  await Promise.all(req.body.names.map(async (name, i) => {
    const [value, release] = await reports.acquire();
    seen.push(`${name} got ${value}`);
    await sleep(1 + i * 20);
    seen.push(`${name} done`);
    release();
  }));
  res.json({ seen, value: reports.getValue(), locked: reports.isLocked() });
});

app.post('/try/:name', async (req, res) => {
  const lock = locks.get(req.params.name);
  const release = await lock.acquire();
  try {
    await tryAcquire(lock).runExclusive(() => 'never');
    res.json({ second: 'got it' });
  } catch (e) {
    res.status(409).json({ same: e === E_ALREADY_LOCKED, message: e.message, locked: lock.isLocked() });
  } finally {
    release();
  }
});

app.post('/admin/hold', async (req, res) => {
  const release = await admin.acquire();
  setTimeout(release, 500);
  res.status(202).json({ locked: admin.isLocked() });
});

app.post('/admin/try', async (req, res) => {
  try {
    const out = await adminTimed.runExclusive(() => 'ran');
    res.json({ out, locked: admin.isLocked() });
  } catch (e) {
    res.status(503).json({ error: e.message, timeout: e === E_TIMEOUT });
  }
});

app.get('/admin/wait', async (req, res) => {
  await admin.waitForUnlock();
  res.json({ locked: admin.isLocked() });
});

app.get('/accounts', (req, res) => {
  res.json({ balances: Object.fromEntries(balances), journal, locked: [...locks].filter(([, m]) => m.isLocked()).length });
});

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
