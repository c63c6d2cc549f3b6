// A gift card service as ES modules: cards keep their balance in a `#private` field behind a
// get/set pair (the setter writes the backing field and a private history), a static private
// registry and a static block; routes borrow `topUp`/`redeem` with `call`/`apply` so the writes go
// through `this`, `redeemAll` walks its `arguments`, and a fake card (no private field) is told
// apart with `#balance in x`.
import express from 'express';
import { fileURLToPath } from 'node:url';
import { GiftCard } from './lib/card.js';
import { topUp, redeem, redeemAll } from './lib/ops.js';

const app = express();
app.use(express.json());

const receipts = [];
const imposters = { code: 'GC-999', balance: 1000 };

function findCard(code) {
  if (code === imposters.code) return imposters;
  return GiftCard.find(code);
}

app.post('/cards', (req, res) => {
  const card = new GiftCard(req.body.amount);
  res.status(201).json({ card, issued: GiftCard.issued });
});

app.post('/cards/:code/top-up', (req, res) => {
  const card = findCard(req.params.code);
  if (!GiftCard.isCard(card)) return res.status(404).json({ error: 'not a card', isCard: false });
  const balance = topUp.call(card, req.body.amount);
  res.json({ balance, history: card.history });
});

app.post('/cards/:code/redeem', (req, res) => {
  const card = findCard(req.params.code);
  if (!GiftCard.isCard(card)) return res.status(404).json({ error: 'not a card' });
  const taken = redeem.apply(card, [req.body.amount]);
  receipts.push({ code: card.code, taken });
  res.json({ taken, balance: card.balance });
});

app.post('/checkout', (req, res) => {
  const cards = req.body.codes.map(findCard).filter(GiftCard.isCard);
  const { taken, left } = redeemAll(req.body.amount, ...cards);
  taken.forEach(([code, n]) => receipts.push({ code, taken: n }));
  res.json({ taken, due: left });
});

app.put('/cards/:code/balance', (req, res) => {
  const card = findCard(req.params.code);
  try {
    card.balance = req.body.balance;
    res.json({ card, history: card.history });
  } catch (err) {
    res.status(422).json({ error: err.message, card });
  }
});

app.delete('/cards/:code', (req, res) => {
  res.json({ voided: GiftCard.void(req.params.code), total: GiftCard.total() });
});

app.get('/summary', (req, res) => {
  res.json({ issued: GiftCard.issued, total: GiftCard.total(), receipts, imposter: imposters.balance });
});

export default app;
if (process.argv[1] === fileURLToPath(import.meta.url)) app.listen(process.env.PORT || 8080);
