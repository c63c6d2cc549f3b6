// A repository class over node-redis 4 hashes whose async methods await replies and
// then use `this` (fields, other methods, a private client), a subclass, a static
// async method, and an object literal's async method; the instances are module-level.
const express = require('express');
const { createClient } = require('redis');

class Repo {
  #client;
  calls = 0;

  constructor(client, name) {
    this.#client = client;
    this.name = name;
  }

  static async ping(repo) {
    const pong = await repo.#client.ping();
    return `${repo.name} ${pong.toLowerCase()}`;
  }

  key(id) {
    return `fresh-redis4-async-methods:${this.name}:${id}`;
  }

  async save(id, fields) {
    this.calls++;
    const created = !(await this.#client.exists(this.key(id)));
    await this.#client.hSet(this.key(id), fields);
    return { id, created, fields: await this.find(id) };
  }

  async find(id) {
    const found = await this.#client.hGetAll(this.key(id));
    return Object.keys(found).length ? { ...found } : null;
  }

  async bump(id, field, by = 1) {
    this.calls++;
    return this.#client.hIncrBy(this.key(id), field, by);
  }
}

class Inventory extends Repo {
  async total(ids) {
    let sum = 0;
    for (const id of ids) sum += Number((await this.find(id))?.qty ?? 0);
    return `${this.name}: ${sum}`;
  }
}

const client = createClient({ url: process.env.REDIS_URL });
client.connect();
const users = new Repo(client, 'users');
const stock = new Inventory(client, 'stock');

const report = {
  title: 'report',
  async build(users, stock) {
    const [ann, lamp] = await Promise.all([users.find('ann'), stock.find('lamp')]);
    return `${this.title}: ${ann?.name ?? '-'} / ${lamp?.qty ?? 0} / ${await stock.total(['lamp', 'desk'])}`;
  },
};

const app = express();
app.use(express.json());

app.put('/users/:id', async (req, res) => {
  res.json(await users.save(req.params.id, req.body));
});

app.get('/users/:id', async (req, res) => {
  const user = await (await Promise.resolve(users)).find(req.params.id);
  res.status(user ? 200 : 404).json(user ?? { error: 'no such user' });
});

app.put('/stock/:id', async (req, res) => {
  res.status(201).json(await stock.save(req.params.id, { qty: String(req.body.qty) }));
});

app.post('/stock/:id/add', async (req, res) => {
  res.json({ qty: await stock.bump(req.params.id, 'qty', req.body.by), total: await stock.total([req.params.id]) });
});

app.get('/report', async (req, res) => {
  res.type('text').send(await report.build(users, stock));
});

app.get('/calls', async (req, res) => {
  const pings = [await Repo.ping(users), await Inventory.ping(stock)];
  res.json([users, stock].map((r, i) => ({ name: r.name, calls: r.calls, kind: r.constructor.name, ping: pings[i] })));
});

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
