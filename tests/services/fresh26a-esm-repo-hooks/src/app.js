// A product catalog over a generic repository class: the subclass calls `super` from callbacks (a debounced
// flush in a timer, a reduce of `.then` chains, `Promise.allSettled` over a map, a `.then` after a lookup).
import express from 'express';
import { fileURLToPath } from 'node:url';
import productsRouter from './routes/products.js';

const app = express();
app.use(express.json());
app.use('/products', productsRouter);
app.use((err, req, res, next) => res.status(err.status ?? 500).json({ error: err.status ? err.message : 'internal' }));

export default app;
if (process.argv[1] === fileURLToPath(import.meta.url)) app.listen(process.env.PORT || 8080);
