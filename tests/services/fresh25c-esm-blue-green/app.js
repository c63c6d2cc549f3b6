// Blue/green deployments as ES modules: the live and idle slots are exported `let`s swapped by a
// destructuring assignment in an exported function, read here through a barrel (`export *`) and
// its live bindings; health flags are kept with `&&=`/`||=` and `delete`, and the module's own
// last rollout is destructured from an object (`({ version, slot } = ...)`); events are pushed into
// an imported `export let` buffer that its module replaces on each flush.
import express from 'express';
import { fileURLToPath } from 'node:url';
import * as deploy from './lib/index.js';
import { live, idle } from './lib/index.js';
import { pending, flush, flushed } from './lib/events.js';

const app = express();
app.use(express.json());

let version = deploy.releases.blue;
let slot = live;
const log = [];

function current() {
  return { slot: live, version: deploy.releases[live] };
}

app.get('/live', (req, res) => res.json({ live, idle, swaps: deploy.swaps, releases: deploy.releases }));

app.post('/stage', (req, res) => {
  const target = deploy.stage(req.body.version);
  deploy.reset(target);
  log.push(`staged ${req.body.version} on ${target}`);
  pending.push({ type: 'staged', target, version: req.body.version });
  res.status(202).json({ target, releases: deploy.releases });
});

app.post('/health/:slot', (req, res) => {
  res.json(deploy.report(req.params.slot, req.body.passed));
});

app.post('/swap', (req, res) => {
  const h = deploy.health(idle);
  if (!h.ok || h.runs === 0) return res.status(409).json({ error: 'idle slot not healthy', idle, health: h });
  const swapped = deploy.swap();
  ({ version, slot } = current());
  log.push(`swapped to ${slot} (${version})`);
  pending.push({ type: 'swapped', slot });
  res.json({ swapped, live, idle, version, slot });
});

app.post('/rollback', (req, res) => {
  if (!deploy.swap()) return res.status(409).json({ error: 'nothing to roll back to' });
  ({ version, slot } = current());
  log.push(`rolled back to ${slot} (${version})`);
  res.json({ live, version });
});

app.post('/events/flush', (req, res) => {
  const batch = flush();
  res.json({ batch, flushed, pending });
});

app.get('/status', (req, res) => {
  res.json({ live, idle, version, slot, swaps: deploy.swaps, log, blue: deploy.health('blue'), green: deploy.health('green') });
});

export default app;
if (process.argv[1] === fileURLToPath(import.meta.url)) app.listen(process.env.PORT || 8080);
