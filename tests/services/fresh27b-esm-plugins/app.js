// A host application composed of plugins: factories taking options, returning routers or
// middleware whose closures hold the state (counters, notes, slug tallies, an audit trail);
// some register hooks on a shared before/after registry instead of routes, and hooks.run
// threads every saved doc through them. Plugins are mounted with app.use(plugin(options)) and
// by a registerPlugins([...]) loop. Express 5: async handlers that throw reach the error handler.
import express from 'express';
import { fileURLToPath } from 'node:url';
import visits from './plugins/visits.js';
import notes from './plugins/notes.js';
import slugs from './plugins/slugs.js';
import audit from './plugins/audit.js';
import { hooks } from './lib/hooks.js';

const app = express();
app.use(express.json());

const installed = [];
function registerPlugins(host, list) {
  for (const [factory, options] of list) {
    host.use(factory(options));
    installed.push(factory.name);
  }
}

app.use(visits({ only: ['/notes', '/_audit'] }));
registerPlugins(app, [
  [slugs, { separator: '-' }],
  [audit, { limit: 3 }],
  [notes, { prefix: '/notes', maxLength: 24 }],
]);

app.get('/_plugins', (req, res) => res.json({ installed, saveHooks: hooks.count('save') }));

app.use((err, req, res, next) => {
  res.status(err.status ?? 500).json({ error: err.message });
});

export default app;
if (process.argv[1] === fileURLToPath(import.meta.url)) app.listen(process.env.PORT || 8080);
