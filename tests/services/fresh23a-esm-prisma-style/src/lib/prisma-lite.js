// A tiny in-memory stand-in for @prisma/client (same call shapes: where / data / skip / take / orderBy).
const matches = (row, where = {}) =>
  Object.entries(where).every(([key, cond]) => {
    if (cond && typeof cond === 'object' && !Array.isArray(cond)) {
      if ('contains' in cond) return String(row[key]).toLowerCase().includes(String(cond.contains).toLowerCase());
      if ('in' in cond) return cond.in.includes(row[key]);
      if ('gte' in cond) return row[key] >= cond.gte;
      if ('has' in cond) return row[key]?.includes(cond.has);
    }
    return row[key] === cond;
  });

function applyData(row, data) {
  for (const [key, value] of Object.entries(data)) {
    if (value && typeof value === 'object' && 'increment' in value) row[key] = (row[key] ?? 0) + value.increment;
    else if (value && typeof value === 'object' && 'push' in value) (row[key] ??= []).push(value.push);
    else row[key] = value;
  }
  return row;
}

class ModelDelegate {
  #model;
  #client;
  #rows = [];
  #autoincrement = 0;

  constructor(model, client) {
    this.#model = model;
    this.#client = client;
  }

  #call(action, args) {
    return this.#client.$dispatch({ model: this.#model, action, args });
  }

  create(args) { return this.#call('create', args); }
  findMany(args) { return this.#call('findMany', args ?? {}); }
  findUnique(args) { return this.#call('findUnique', args); }
  update(args) { return this.#call('update', args); }
  delete(args) { return this.#call('delete', args); }
  count(args) { return this.#call('count', args ?? {}); }

  // the "engine": runs an action on the rows
  $execute(action, args) {
    switch (action) {
      case 'create': {
        const row = { id: ++this.#autoincrement, ...args.data };
        this.#rows.push(row);
        return structuredClone(row);
      }
      case 'findMany': {
        let rows = this.#rows.filter((r) => matches(r, args.where));
        if (args.orderBy) {
          const [[key, dir]] = Object.entries(args.orderBy);
          rows = rows.toSorted((a, b) => (a[key] < b[key] ? -1 : a[key] > b[key] ? 1 : a.id - b.id) * (dir === 'desc' ? -1 : 1));
        }
        rows = rows.slice(args.skip ?? 0, args.take === undefined ? undefined : (args.skip ?? 0) + args.take);
        return structuredClone(rows);
      }
      case 'findUnique': {
        const row = this.#rows.find((r) => matches(r, args.where));
        return row ? structuredClone(row) : null;
      }
      case 'update': {
        const row = this.#rows.find((r) => matches(r, args.where));
        if (!row) throw Object.assign(new Error(`No ${this.#model} found`), { code: 'P2025' });
        return structuredClone(applyData(row, args.data));
      }
      case 'delete': {
        const at = this.#rows.findIndex((r) => matches(r, args.where));
        if (at < 0) throw Object.assign(new Error(`No ${this.#model} found`), { code: 'P2025' });
        return this.#rows.splice(at, 1)[0];
      }
      case 'count':
        return this.#rows.filter((r) => matches(r, args.where)).length;
      default:
        throw new Error(`unknown action ${action}`);
    }
  }

  $snapshot() {
    return { rows: structuredClone(this.#rows), autoincrement: this.#autoincrement };
  }

  $restore({ rows, autoincrement }) {
    this.#rows = rows;
    this.#autoincrement = autoincrement;
  }
}

export class PrismaClient {
  #middlewares = [];
  #models;
  queries = 0;

  constructor({ models }) {
    this.#models = models;
    for (const model of models) this[model] = new ModelDelegate(model, this);
  }

  $use(middleware) {
    this.#middlewares.push(middleware);
  }

  async $dispatch(params) {
    this.queries++;
    const run = async (index, p) => {
      const middleware = this.#middlewares[index];
      if (middleware) return middleware(p, (next) => run(index + 1, next));
      await null; // a round trip to the engine
      return this[p.model].$execute(p.action, p.args);
    };
    return run(0, params);
  }

  async $transaction(fn) {
    const saved = this.#models.map((m) => [m, this[m].$snapshot()]);
    try {
      return await fn(this);
    } catch (err) {
      for (const [m, snap] of saved) this[m].$restore(snap);
      throw err;
    }
  }
}
