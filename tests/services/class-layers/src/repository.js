const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

// An in-memory stand-in for a database table, with a database's latency.
export class UserRepository {
  #rows = new Map();
  #seq = 0;
  static instances = 0;

  constructor() {
    UserRepository.instances++;
  }

  async insert(data) {
    await sleep(1);
    const row = { id: ++this.#seq, createdOrder: this.#rows.size + 1, ...data };
    this.#rows.set(row.id, row);
    return row;
  }

  async findById(id) {
    await sleep(1);
    return this.#rows.get(id) ?? null;
  }

  async all() {
    return [...this.#rows.values()];
  }

  get size() {
    return this.#rows.size;
  }
}
