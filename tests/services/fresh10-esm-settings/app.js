// Tenant settings as ES modules: a makeStore() factory whose closures hold the state, history and
// watchers; stores created on first use with ||= in a module object, a watcher bumping a shared
// counter object; JSON-Patch-like ops on structuredClone drafts with ??=, Object.hasOwn, at/findLast.
import express from 'express';
import { fileURLToPath } from 'node:url';
import settings from './routes/settings.js';

const app = express();
app.use(express.json());
app.use('/settings', settings);

// eslint-disable-next-line no-unused-vars
app.use((err, req, res, next) => {
  res.status(err.status ?? err.statusCode ?? 500).json({ error: err.name, message: err.message });
});

export default app;
if (process.argv[1] === fileURLToPath(import.meta.url)) app.listen(process.env.PORT || 8080);
