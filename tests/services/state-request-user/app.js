// Token auth written by hand: a middleware looks the caller up by its API key and
// puts the account on the request; handlers change the account through `req.account`.
const express = require('express');

const accounts = new Map([
  ['key-ada', { name: 'ada', credits: 3, history: [] }],
  ['key-bob', { name: 'bob', credits: 1, history: [] }],
]);

function authenticate(req, res, next) {
  const account = accounts.get(req.get('x-api-key'));
  if (!account) return res.status(401).json({ error: 'unknown key' });
  req.account = account;
  next();
}

const app = express();
app.use(express.json());

const priceOf = async (item) => {
  await new Promise((resolve) => setTimeout(resolve, 5));  // a price service, say
  return item === 'cake' ? 2 : 1;
};

app.post('/spend', authenticate, async (req, res) => {
  const { account } = req;
  const price = await priceOf(req.body.item);
  if (account.credits < price) return res.status(402).json({ error: 'no credits left' });
  account.credits -= price;
  account.history.push(req.body.item ?? 'unknown');
  res.json({ credits: account.credits });
});

app.post('/topup', authenticate, (req, res) => {
  req.account.credits += Number(req.body.amount) || 0;
  res.json({ credits: req.account.credits });
});

app.post('/gift', authenticate, async ({ account, body }, res) => {
  await priceOf('gift');
  account.credits += Number(body.amount) || 0;
  res.json({ credits: account.credits });
});

app.get('/me', authenticate, (req, res) => {
  res.json(req.account);
});

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
