// Feature flags on node-redis 4: a hash of JSON flags and a version counter bumped in the
// same MULTI as each change; a FlagStore class (private fields, a static private registry)
// keeps the flags in process and reloads them only when the version moved; zod validates
// the flags; evaluations use sha1 buckets for the rollout percentage and are counted; a
// health route reports the state the client's connect/ready events left.
const express = require('express');
const { z } = require('zod');
const FlagStore = require('./FlagStore');
const { health } = require('./redis');

const flags = new FlagStore('fresh25a-flag-versions');
const Flag = z.object({
  enabled: z.boolean(),
  rollout: z.number().int().min(0).max(100).default(100),
  allow: z.array(z.string()).optional(),
});

const app = express();
app.use(express.json());

app.put('/flags/:name', async (req, res) => {
  const parsed = Flag.safeParse(req.body);
  if (!parsed.success) return res.status(400).json({ error: parsed.error.issues.map((i) => i.path.join('.') || i.message) });
  const version = await flags.put(req.params.name, parsed.data);
  res.json({ name: req.params.name, version, flag: parsed.data });
});

app.delete('/flags/:name', async (req, res) => {
  res.status((await flags.remove(req.params.name)) ? 204 : 404).end();
});

app.get('/flags', async (req, res) => {
  const { version, flags: all } = await flags.all();
  res.json({ version, names: Object.keys(all).sort(), reloads: flags.reloads });
});

app.get('/eval/:user', async (req, res) => {
  const names = String(req.query.flags ?? '').split(',').filter(Boolean);
  const out = {};
  for (const name of names) out[name] = await flags.evaluate(name, req.params.user);
  res.json(out);
});

app.get('/health', (req, res) => {
  res.status(health.redis === 'ready' ? 200 : 503).json(health);
});

app.get('/stats', (req, res) => {
  res.json({ stores: FlagStore.count(), reloads: flags.reloads, evaluations: flags.evaluations });
});

module.exports = app;
