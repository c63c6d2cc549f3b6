import express from 'express';
import { ZodError } from 'zod';
import config from '#config';
import { FlagRegistry } from '#lib/registry';

export const app = express();
app.use(express.json());

app.get('/', (req, res) => {
  res.json({ env: config.environment, registries: FlagRegistry.count, store: FlagRegistry.kind });
});

for (const name of config.routes) {
  const { default: router } = await import(`./routes/${name}.js`);
  app.use(`/${name}`, router);
}

app.use((err, req, res, next) => {
  if (err instanceof ZodError) {
    return res.status(400).json({ error: 'invalid', fields: err.issues.map((i) => i.path.join('.') || '(root)') });
  }
  const status = err.cause?.status ?? 500;
  res.status(status).json({ error: err.message });
});

export default app;
