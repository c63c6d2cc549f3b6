// Helpers added to Express's prototypes (`app.response.success`, `app.response.fail`, an `app.request.user`
// getter memoised on the request, `express.request.wantsJson`), a per-request `Object.assign(res, { ok,
// created, notFound })`, a tally of what the helpers answered kept in a module, and sessions in a Map.
import express from 'express';
import { installHelpers, perRequestHelpers, tally } from './http/helpers.js';
import { sessions } from './services/sessions.js';
import notesRouter from './routes/notes.js';

export function createApp() {
  const app = express();
  installHelpers(app);
  app.use(express.json());
  app.use(perRequestHelpers());

  app.post('/login', (req, res) => {
    const { name } = req.body ?? {};
    if (!name) return res.fail('NAME_REQUIRED', 'name is required');
    res.created({ token: sessions.open(name) });
  });

  app.get('/me', async (req, res) => {
    if (!req.user) return res.fail('UNAUTHENTICATED', 'log in first', 401);
    await sessions.touch(req.user.token);
    res.ok({ name: req.user.name, seen: req.user.seen, json: req.wantsJson });
  });

  app.post('/logout', (req, res) => {
    if (!req.user) return res.fail('UNAUTHENTICATED', 'log in first', 401);
    sessions.close(req.user.token);
    res.ok({ bye: req.user.name });
  });

  app.use('/notes', notesRouter);
  app.get('/helpers/tally', (req, res) => res.json(tally));
  app.use((req, res) => res.notFound(`${req.method} ${req.path}`));
  return app;
}
