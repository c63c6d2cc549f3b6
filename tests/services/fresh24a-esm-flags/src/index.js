// A feature-flag service on Express 5 as ES modules: a Flag class with a static block,
// a private static registry and private per-flag counters, percentage rollouts bucketed by
// a string hash, overrides per user, an audit trail, an optional `{/:key}` segment, routes
// added on `app.router`, and a form that is redirected to its Referrer (no 'back' in Express 5).
import express from 'express';
import { admin } from './routes/admin.js';
import { evaluate } from './routes/evaluate.js';
import { Flag } from './flags/flag.js';

new Flag('dark-mode', { enabled: true, rollout: 50 });

const app = express();
app.use('/admin', admin);
app.use('/evaluate', evaluate);

let healthChecks = 0;
app.router.get('/health', (req, res) => {
  healthChecks++;
  res.json({ ok: true, flags: Flag.all().length, healthChecks });
});

app.listen(process.env.PORT ?? 3000);
