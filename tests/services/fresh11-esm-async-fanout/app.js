// Async fan-out: `Promise.all` over a map of async closures pushing into one shared array,
// `for await` over an array of promises, `Promise.allSettled` with error causes, and a module-level
// history of best prices and a watch list updated by the results.
import express from 'express';
import { fileURLToPath } from 'node:url';
import { vendors, calls } from './lib/vendors.js';

const app = express();
app.use(express.json());

const best = new Map();      // sku -> { vendor, price }
const history = [];
const watch = new Set();

app.get('/quotes/:sku', async (req, res) => {
  const { sku } = req.params;
  const quotes = [];
  await Promise.all(vendors.map(async (quote) => {
    const q = await quote(sku).catch(() => null);
    if (q?.price != null) quotes.push(q);
  }));
  quotes.sort((a, b) => a.price - b.price || a.vendor.localeCompare(b.vendor));
  const [top] = quotes;
  if (top) {
    const prev = best.get(sku);
    if (!prev || top.price < prev.price) best.set(sku, { vendor: top.vendor, price: top.price });
  }
  history.push(`${sku}:${quotes.length}`);
  res.json({ sku, quotes, best: best.get(sku) ?? null });
});

app.post('/watch', async (req, res) => {
  const skus = req.body.skus ?? [];
  const lines = [];
  for await (const result of skus.map((sku) => vendors[0](sku))) {
    if (result.price === null) continue;
    watch.add(result.sku);
    lines.push(`${result.sku}@${result.price}`);
  }
  res.json({ added: lines, watching: [...watch] });
});

app.get('/report/:sku', async (req, res) => {
  const settled = await Promise.allSettled(vendors.map((quote) => quote(req.params.sku)));
  const summary = settled.map((s) => (s.status === 'fulfilled' ? `${s.value.vendor}:${s.value.price ?? '-'}` : `error:${s.reason.cause?.vendor}`));
  history.push(`report:${req.params.sku}`);
  res.json(summary);
});

app.get('/state', (req, res) => {
  res.json({ best: Object.fromEntries(best), history, watch: [...watch].sort(), calls });
});

export default app;
if (process.argv[1] === fileURLToPath(import.meta.url)) app.listen(process.env.PORT || 8080);
