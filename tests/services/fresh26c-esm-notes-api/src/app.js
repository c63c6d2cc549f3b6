import express from 'express';

const ROUTES = ['notes', 'tags', 'meta'];

export async function createApp() {
  const app = express();
  app.use(express.json());
  app.get('/healthz', (req, res) => res.json({ ok: true }));

  for (const name of ROUTES) {
    const { prefix, router } = await import(`./routes/${name}.js`);
    app.use(prefix, router);
  }

  app.use((req, res) => res.status(404).json({ error: 'not found', path: req.path }));
  app.use((err, req, res, next) => {
    res.status(err.status ?? 500).json({ error: err.type ?? 'internal' });
  });
  return app;
}
