// Issue 16, one row: numeric separators `1_000` (ES2021), in a budget kept as state.
const express = require('express');
const app = express();

const LIMIT = 1_000_000;
let spent = 0;
const FEE = 0.000_5;

app.post('/spend/:amount', (req, res) => {
  const amount = Number(req.params.amount);
  if (spent + amount > LIMIT) return res.status(402).json({ left: LIMIT - spent });
  spent += amount;
  res.json({ spent, fee: amount * FEE, hex: 0xFF_FF, big: 1_000n * 2n === 2_000n });
});

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
