import express from 'express';
import defaultConfig from './config.js';
import { createClock } from './lib/clock.js';
import { PatternBus } from './lib/bus.js';
import { asyncHandler } from './lib/http.js';
import { Denied } from './lib/errors.js';
import * as ids from './lib/ids.js';
import { windowLimiter } from './lib/windowLimiter.js';
import { createRepos, TenantRepository } from './repositories/index.js';
import { createAuthService } from './services/auth.service.js';
import { createSharingService } from './services/sharing.service.js';
import { createNotesService } from './services/notes.service.js';
import { createSearchService } from './services/search.service.js';
import { createAuditService } from './services/audit.service.js';
import { authenticate } from './middleware/authenticate.js';
import { body, loginInput } from './middleware/validate.js';
import { errorHandler } from './middleware/errorHandler.js';
import { notesRouter } from './routes/notes.routes.js';

export function createApp({ config = defaultConfig, repos = createRepos(), clock = createClock(config.startAt) } = {}) {
  const bus = new PatternBus();
  const audit = createAuditService({ repos, clock, bus });
  const auth = createAuthService({ repos, config });
  const sharing = createSharingService({ repos, clock, bus, config });
  const notes = createNotesService({ repos, clock, bus, sharing });
  const search = createSearchService({ repos, clock, bus, config });

  const app = express();
  app.use(express.json());

  app.post('/auth/login', body(loginInput), asyncHandler(async (req, res) => {
    const { tenant, username, password } = req.body;
    const session = await auth.login(tenant, username, password);
    bus.emit('auth.login', { tenant, actor: username });
    res.json(session);
  }));

  app.get('/s/:token', (req, res) => res.json(sharing.open(req.params.token)));

  app.post('/_clock', (req, res) => {
    clock.advance(Number(req.body.seconds ?? 0) * 1000);
    res.json({ now: clock.iso() });
  });

  const secured = express.Router();
  secured.use(authenticate(auth));
  secured.use(windowLimiter({ clock, windowMs: config.writeWindowMs, limits: config.writeLimits }));
  secured.use('/notes', notesRouter({ notes, sharing, search }));
  secured.post('/auth/revoke', (req, res) => res.json({ generation: auth.revokeAll(req.auth.userId) }));
  secured.get('/audit.csv', (req, res) => {
    if (req.auth.role !== 'admin') throw new Denied('admins only');
    res.type('text/csv').send(audit.csv(req.auth.tenant));
  });
  secured.get('/stats', (req, res) => {
    res.json({ events: audit.totals(), delivered: bus.delivered, ids: ids.issued, rows: TenantRepository.sizes(), search: search.stats });
  });
  app.use(secured);

  app.use((req, res) => res.status(404).json({ error: 'no_route', message: `${req.method} ${req.path}` }));
  app.use(errorHandler);
  return app;
}
