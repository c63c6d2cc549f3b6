const express = require('express');

class Money {
  #cents;
  static #created = 0n;
  static CURRENCIES;
  static {
    Money.CURRENCIES = Object.freeze(['EUR', 'USD']);
  }
  constructor(cents, currency = 'EUR') {
    if (!Money.CURRENCIES.includes(currency)) throw new RangeError('unknown currency', { cause: { currency } });
    this.#cents = BigInt(cents);
    this.currency = currency;
    Money.#created += 1n;
  }
  static isMoney(x) { return #cents in x; }
  static get created() { return Money.#created; }
  add(other) { return new Money(this.#cents + other.#cents, this.currency); }
  toJSON() { return { amount: `${this.#cents / 100n}.${String(this.#cents % 100n).padStart(2, '0')}`, currency: this.currency }; }
}

const ledger = [];
const html = (strings, ...values) => strings.reduce((out, s, i) => out + s + (i < values.length ? String(values[i]).replace(/[<>&]/g, (c) => `&#${c.charCodeAt(0)};`) : ''), '');
const PRICE = /(?<currency>EUR|USD)\s*(?<whole>\d+)(?:[.,](?<cents>\d{2}))?/;

const app = express();
app.use(express.json());

app.post('/ledger', (req, res) => {
  try {
    const { groups } = PRICE.exec(req.body.price ?? '') ?? {};
    if (!groups) return res.status(400).json({ error: 'no price' });
    const money = new Money(Number(groups.whole) * 100 + Number(groups.cents ?? 0), groups.currency);
    ledger.push(money);
    res.status(201).json({ money, isMoney: Money.isMoney(money), plain: Money.isMoney({}) });
  } catch (err) {
    res.status(422).json({ error: err.message, cause: err.cause });
  }
});

app.get('/ledger/total/:currency', (req, res) => {
  let total = new Money(0, req.params.currency);
  outer: for (const m of ledger) {
    for (const skip of req.query.skip?.split(',') ?? []) {
      if (m.toJSON().amount === skip) continue outer;
    }
    if (m.currency === total.currency) total = total.add(m);
  }
  res.json({ total, created: String(Money.created) });
});

app.get('/render', async (req, res) => {
  const first = await Promise.any([Promise.reject(new Error('a')), Promise.resolve(req.query.name ?? '<anon>')]);
  try {
    await Promise.any([Promise.reject(new Error('x')), Promise.reject(new Error('y'))]);
  } catch (err) {
    return res.type('html').send(html`<p>${first}</p><p>${err.constructor.name}: ${err.errors.map((e) => e.message).join('+')}</p>${String.raw`\n`}`);
  }
});

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
