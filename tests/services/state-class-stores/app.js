// Services as classes over module-level stores: a constructor keeps the store on `this`, a
// private field starts as another store, a base class holds the audit log its subclasses write;
// a promise-returning loader resolves with a stored user, changed by the awaiting handler. Admin
// routes read the stores directly.
const express = require('express');

const app = express();
app.use(express.json());

const users = new Map([['ann', { name: 'ann', visits: 0 }], ['bob', { name: 'bob', visits: 0 }]]);
const carts = new Map();
const stock = { apple: 5, pear: 2 };
const audit = [];

class Audited {
  constructor() {
    this.log = audit;
  }

  note(what) {
    this.log.push(what);
  }
}

class CartService extends Audited {
  constructor() {
    super();
    this.carts = carts;
  }

  add(user, item) {
    const cart = this.carts.get(user) ?? [];
    cart.push(item);
    this.carts.set(user, cart);
    this.note(`${user} added ${item}`);
    return cart.length;
  }
}

class Inventory {
  #stock = stock;

  take(item) {
    if (!this.#stock[item]) return false;
    this.#stock[item] -= 1;
    return true;
  }
}

function loadUser(name) {
  return new Promise((resolve, reject) => {
    const user = users.get(name);
    if (user) resolve(user);
    else reject(new Error(`no user ${name}`));
  });
}

const cartService = new CartService();
const inventory = new Inventory();

app.post('/carts/:user', (req, res) => {
  const { item } = req.body;
  if (!inventory.take(item)) return res.status(409).json({ error: `${item} is sold out` });
  res.status(201).json({ items: cartService.add(req.params.user, item) });
});

app.post('/visit/:user', async (req, res) => {
  try {
    const user = await loadUser(req.params.user);
    user.visits += 1;
    res.json({ name: user.name, visits: user.visits });
  } catch (err) {
    res.status(404).json({ error: err.message });
  }
});

app.get('/admin/carts', (req, res) => res.json(Object.fromEntries(carts)));
app.get('/admin/stock', (req, res) => res.json(stock));
app.get('/admin/audit', (req, res) => res.json(audit));
app.get('/admin/users', (req, res) => res.json([...users.values()]));

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
