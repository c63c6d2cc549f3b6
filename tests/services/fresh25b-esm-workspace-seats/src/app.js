import express from 'express';
import { config as defaultConfig } from './config.js';
import { ctx } from './context.js';
import { Store } from './db/store.js';
import { seed } from './db/seed.js';
import { ManualClock } from './lib/clock.js';
import { MicrotaskBus } from './lib/bus.js';
import { createLogger } from './lib/logger.js';
import { contextMiddleware } from './middleware/context.js';
import { authenticate } from './middleware/auth.js';
import { errorHandler } from './middleware/errors.js';
import { sessionService } from './services/sessions.js';
import { workspaceService } from './services/workspaces.js';
import { usageService } from './services/usage.js';
import { activityService } from './services/activity.js';
import { workspaceRoutes } from './routes/workspaces.js';

export function createApp({ config = defaultConfig, store = seed(new Store()), clock = new ManualClock(config.clockStart) } = {}) {
  const bus = new MicrotaskBus();
  const logger = createLogger();
  const sessions = sessionService({ store, config });
  const workspaces = workspaceService({ store, config, bus, logger });
  const usage = usageService({ config, clock, bus });
  const activity = activityService({ bus, clock });
  const auth = authenticate({ sessions, clock });

  const app = express();
  app.use(express.json());
  app.use(contextMiddleware({ store, clock }));

  app.post('/sessions', async (req, res, next) => {
    try {
      res.status(201).json(await sessions.login(String(req.body.email ?? '')));
    } catch (err) {
      next(err);
    }
  });
  app.delete('/sessions/current', auth, async (req, res) => {
    await ctx().uow.commit();
    res.json({ ended: await sessions.logout(req.token) });
  });

  app.get('/me', auth, async (req, res, next) => {
    try {
      const { actor, loaders } = ctx();
      const spaces = await loaders.workspaces.loadMany(actor.workspaces);
      await ctx().uow.commit();
      res.json({
        id: actor.id,
        name: actor.name,
        version: actor.version,
        lastActiveAt: actor.lastActiveAt,
        unitsRecorded: actor.unitsRecorded ?? 0,
        workspaces: spaces.map((w) => `${w.id}:${w.name}:${w.plan}`),
        notifications: activity.notifications.filter((n) => n.to === actor.id).map((n) => n.text),
      });
    } catch (err) {
      next(err);
    }
  });

  app.post('/invites/:id/accept', auth, async (req, res, next) => {
    try {
      const result = await workspaces.accept(req.params.id, String(req.query.code ?? ''));
      res.set('X-Rows-Written', String(await ctx().uow.commit()));
      res.json(result);
    } catch (err) {
      next(err);
    }
  });

  app.use('/workspaces', auth, workspaceRoutes({ workspaces, usage, activity }));

  app.post('/_clock', (req, res) => {
    clock.advanceHours(Number(req.body.hours) || 0);
    res.json({ now: clock.iso() });
  });
  app.get('/_debug', (req, res) => {
    res.json({ store: store.stats, events: bus.emitted, log: logger.lines.slice(-Number(req.query.n || 6)) });
  });

  app.use((req, res) => res.status(404).json({ error: 'not_found' }));
  app.use(errorHandler(logger));
  return app;
}
