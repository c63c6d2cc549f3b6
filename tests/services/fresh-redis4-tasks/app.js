// A task board on node-redis 4 lists: rPush/lPush, lRange, lLen, lPop with a
// count, lMove between lists (todo -> doing -> done), lRem, lTrim of the done
// list; a TaskBoard class wraps the client and keeps a moves counter.
const express = require('express');
const { createClient } = require('redis');

class TaskBoard {
  #client;
  moves = 0;

  constructor(client, prefix) {
    this.#client = client;
    this.prefix = prefix;
  }

  static async open(url) {
    const client = createClient({ url });
    await client.connect();
    return new TaskBoard(client, 'fresh-redis4-tasks:');
  }

  list(name) {
    return `${this.prefix}${name}`;
  }

  add(title, urgent) {
    return urgent ? this.#client.lPush(this.list('todo'), title) : this.#client.rPush(this.list('todo'), title);
  }

  async advance(from, to) {
    const moved = await this.#client.lMove(this.list(from), this.list(to), 'LEFT', 'RIGHT');
    if (moved !== null) this.moves++;
    return moved;
  }

  async snapshot() {
    const names = ['todo', 'doing', 'done'];
    const lists = await Promise.all(names.map((n) => this.#client.lRange(this.list(n), 0, -1)));
    return Object.fromEntries(names.map((n, i) => [n, lists[i]]));
  }

  drop(title) {
    return this.#client.lRem(this.list('todo'), 0, title);
  }

  async archive(keep) {
    await this.#client.lTrim(this.list('done'), -keep, -1);
    return this.#client.lLen(this.list('done'));
  }

  popMany(n) {
    return this.#client.lPopCount(this.list('todo'), n);
  }
}

const boardReady = TaskBoard.open(process.env.REDIS_URL);
const app = express();
app.use(express.json());

app.post('/tasks', async (req, res) => {
  const board = await boardReady;
  const length = await board.add(req.body.title, req.body.urgent === true);
  res.status(201).json({ length });
});

app.post('/tasks/advance/:from/:to', async (req, res) => {
  const board = await boardReady;
  const moved = await board.advance(req.params.from, req.params.to);
  res.status(moved === null ? 409 : 200).json({ moved, moves: board.moves });
});

app.get('/tasks', async (req, res) => res.json(await (await boardReady).snapshot()));
app.delete('/tasks/:title', async (req, res) => res.json({ removed: await (await boardReady).drop(req.params.title) }));
app.post('/tasks/archive', async (req, res) => res.json({ done: await (await boardReady).archive(2) }));
app.post('/tasks/pop/:n', async (req, res) => res.json({ popped: await (await boardReady).popMany(Number(req.params.n)) }));

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
