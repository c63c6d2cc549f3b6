// Expenses as ES modules in src/: a model class with an accessor pair over a private field (the
// setter validates and converts), static fields (a Set of categories written by a static method, a
// static private sequence), a ledger singleton with getters, a module Map caching Intl.NumberFormat
// instances, Intl date/currency formatting of fixed dates, a text/plain report, base64 export.
import express from 'express';
import { fileURLToPath } from 'node:url';
import expenses from './src/routes/expenses.js';
import Expense from './src/models/Expense.js';
import { cachedFormatters } from './src/utils/format.js';

const app = express();
app.use(express.json());
app.use('/expenses', expenses);
app.get('/meta', (req, res) => res.json({ created: Expense.created, formatters: cachedFormatters() }));

// eslint-disable-next-line no-unused-vars
app.use((err, req, res, next) => res.status(500).json({ error: err.message }));

export default app;
if (process.argv[1] === fileURLToPath(import.meta.url)) app.listen(process.env.PORT || 8080);
