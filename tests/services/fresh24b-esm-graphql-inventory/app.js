import express from 'express';
import { fileURLToPath } from 'node:url';
import { createHandler } from 'graphql-http/lib/use/express';
import { schema } from './src/schema/index.js';

const app = express();

app.use(
  '/graphql',
  createHandler({
    schema,
    context: (req) => ({ user: req.raw.get('x-user') ?? 'system', threshold: 5 }),
  }),
);

export default app;
if (process.argv[1] === fileURLToPath(import.meta.url)) app.listen(process.env.PORT || 8080);
