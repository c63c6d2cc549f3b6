import express from 'express';

export function createApp({ modules, events }) {
  const app = express();
  app.use(express.json());
  app.locals.modules = modules;
  app.locals.activity = [];

  events.on('account.opened', (a) => app.locals.activity.push(`opened ${a.id}`));
  events.on('transfer.done', (t) => app.locals.activity.push(`moved ${t.amount} ${t.from}->${t.to}`));

  for (const mod of Object.values(modules)) app.use(mod.path, mod.router);

  app.get('/activity', (req, res) => {
    const { accounts } = req.app.locals.modules;
    res.json({
      activity: req.app.locals.activity,
      published: events.published,
      opened: accounts.service.opened,
      calls: accounts.controller.calls,
    });
  });

  app.use((err, req, res, next) => res.status(err.status ?? 500).json({ error: err.message }));
  return app;
}
