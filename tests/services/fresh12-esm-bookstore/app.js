// A bookstore API laid out as a 2025 ES module project: app.js only wires src/.
// Book model with private fields, a static block seeding genres and a static counter;
// a catalog service singleton emitting events that a stats module listens to; a
// request-counting middleware keeping counts in a module-level Map; structuredClone,
// Array.prototype.at, Object.hasOwn, ??= and ?. throughout.
import express from 'express';
import { fileURLToPath } from 'node:url';
import { requestCounter, counts } from './src/middleware/requestCounter.js';
import booksRouter from './src/routes/books.js';
import statsRouter from './src/routes/stats.js';

const app = express();
app.use(express.json());
app.use(requestCounter);
app.use('/books', booksRouter);
app.use('/stats', statsRouter);
app.get('/health', (req, res) => res.json({ ok: true, seen: Object.fromEntries(counts) }));

export default app;
if (process.argv[1] === fileURLToPath(import.meta.url)) app.listen(process.env.PORT || 8080);
