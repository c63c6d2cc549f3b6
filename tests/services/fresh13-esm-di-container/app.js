// A dependency-injection container handing the same repository and clock to several route
// modules: singletons built lazily on first resolve, a transient request tag that ticks the shared
// clock, and a repository resolved at mount time by one router and per request by another.
import express from 'express';
import { fileURLToPath } from 'node:url';
import container from './setup.js';
import taskRoutes from './routes/tasks.js';
import reportRoutes from './routes/reports.js';

const app = express();
app.use(express.json());
app.use((req, res, next) => {
  if (req.method !== 'GET') res.set('x-request-tag', container.resolve('requestTag'));
  next();
});
app.use('/tasks', taskRoutes(container));
app.use('/reports', reportRoutes(container));

export default app;
if (process.argv[1] === fileURLToPath(import.meta.url)) app.listen(process.env.PORT || 8080);
