// Evaluation order (issue 16): imports are evaluated before the module's body, in
// the order written, each module once, and their bindings are there above the
// import statements; a side-effect import registers routes on a shared router; an
// import cycle (lib/units.js <-> lib/format.js); a reassigned `export let` read by
// name and through a namespace.
note('app body');
import express from 'express';
import { fileURLToPath } from 'url';
import { note, trail } from './lib/trail.js';
import './routes/setup.js';
import { router } from './lib/router.js';
import { describe, unit } from './lib/units.js';
import * as units from './lib/units.js';

const app = express();
app.use(router);

app.get('/describe/:n', (req, res) => {
  res.json({ text: describe(Number(req.params.n)), unit, ns: units.unit, modules: trail.length });
});

app.post('/unit/:u', (req, res) => {
  units.setUnit(req.params.u);
  res.json({ unit, ns: units.unit });
});

export default app;
if (process.argv[1] === fileURLToPath(import.meta.url)) app.listen(process.env.PORT || 8080);
