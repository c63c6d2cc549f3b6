// A library as ES modules: `export default new Store()` (class fields) shared by
// two repositories, `import * as repo` namespaces, a live `export let` binding
// written by its module, a service with its own error class, routers as
// default exports, and an error handler.
import express from 'express';
import { fileURLToPath } from 'node:url';
import booksRouter from './src/routes/books.js';
import membersRouter from './src/routes/members.js';
import store from './src/store.js';
import * as members from './src/repo/members.js';
import settings, { LIMIT } from './src/config.js';
import { LoanError } from './src/services/loans.js';

const app = express();
app.use(express.json());
app.use('/books', booksRouter);
app.use('/members', membersRouter);

app.get('/info', (req, res) => {
  res.json({ ...settings, limit: LIMIT, version: store.version, lastJoined: members.lastJoined });
});

app.use((err, req, res, next) => {
  if (err instanceof LoanError) return res.status(err.status).json({ error: err.message });
  next(err);
});

export default app;
if (process.argv[1] === fileURLToPath(import.meta.url)) app.listen(process.env.PORT || 8080);
