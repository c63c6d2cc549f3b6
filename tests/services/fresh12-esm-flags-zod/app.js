// Feature flags as ES modules with zod: flags seeded from config/flags.json (read with
// readFileSync and a URL from import.meta.url), updates validated by zod schemas
// (safeParse, partial, flatten), a FlagStore with private fields keeping structuredClone
// revisions for rollback (`.at(-1)`), deterministic percentage rollouts on a sha1 bucket,
// an evaluation cache in a closure cleared by the store's 'change' event (node:events),
// and a middleware counting evaluations per flag.
import express from 'express';
import { fileURLToPath } from 'node:url';
import flagsRouter from './src/routes/flags.js';
import evalRouter from './src/routes/evaluate.js';

const app = express();
app.use(express.json());
app.use('/flags', flagsRouter);
app.use('/evaluate', evalRouter);

export default app;
if (process.argv[1] === fileURLToPath(import.meta.url)) app.listen(process.env.PORT || 8080);
