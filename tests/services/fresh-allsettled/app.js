// Checks run with Promise.allSettled and Promise.race: async validators (some
// reject), a race between a lookup and a timeout, a promisified callback API,
// results kept in a module-level report list.
const express = require('express');
const { promisify } = require('node:util');

const reports = [];
const blocked = new Set(['spam.example']);

function lookupDomain(domain, cb) {
  setTimeout(() => {
    if (domain.endsWith('.invalid')) return cb(new Error(`cannot resolve ${domain}`));
    cb(null, { domain, mx: `mx.${domain}` });
  }, 2);
}
const lookup = promisify(lookupDomain);

const checks = {
  format: async (email) => {
    if (!/^[^@\s]+@[^@\s]+$/.test(email)) throw new Error('bad format');
    return 'ok';
  },
  blocked: async (email) => {
    const domain = email.split('@')[1] ?? '';
    if (blocked.has(domain)) throw new Error(`${domain} is blocked`);
    return 'ok';
  },
  mx: async (email) => (await lookup(email.split('@')[1] ?? '')).mx,
};

const timeout = (ms, label) =>
  new Promise((_, reject) => setTimeout(() => reject(new Error(`${label} timed out`)), ms));

const app = express();
app.use(express.json());

app.post('/check', async (req, res) => {
  const { email = '' } = req.body;
  const names = Object.keys(checks);
  const settled = await Promise.allSettled(names.map((n) => checks[n](email)));
  const result = Object.fromEntries(
    settled.map((s, i) => [names[i], s.status === 'fulfilled' ? s.value : `error: ${s.reason.message}`]),
  );
  const passed = settled.every((s) => s.status === 'fulfilled');
  reports.push({ email, passed });
  res.status(passed ? 200 : 422).json({ email, passed, result });
});

app.get('/resolve/:domain', async (req, res) => {
  try {
    const answer = await Promise.race([lookup(req.params.domain), timeout(2000, 'lookup')]);
    res.json(answer);
  } catch (err) {
    res.status(504).json({ error: err.message });
  }
});

app.post('/block/:domain', (req, res) => {
  blocked.add(req.params.domain);
  res.json({ blocked: [...blocked] });
});

app.get('/reports', (req, res) => {
  const passed = reports.filter((r) => r.passed).length;
  res.json({ total: reports.length, passed, failed: reports.length - passed, last: reports.at(-1) ?? null });
});

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
