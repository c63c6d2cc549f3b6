// An ES module service laid out as people do today: package.json with "type": "module",
// code under src/, a class with private and static private fields exported as one
// instance, a top-level await that warms the catalog with timers before the app is made
// (and one more in the entry), a router with an async handler passing errors to `next`,
// optional chaining and nullish defaults on the body.
import express from 'express';
import { fileURLToPath } from 'node:url';
import { setTimeout as sleep } from 'node:timers/promises';
import { router } from './src/routes.js';
import { warmed } from './src/catalog.js';

let ready = false;
await sleep(5);
ready = true;

const app = express();
app.use(express.json());
app.get('/health', (req, res) => res.json({ ready, warmed }));
app.use('/api', router);
app.use((err, req, res, next) => {
  res.status(err.status ?? 500).json({ error: err.message });
});

export default app;
if (process.argv[1] === fileURLToPath(import.meta.url)) app.listen(process.env.PORT || 8080);
