const tick = () => new Promise((resolve) => setImmediate(resolve));

class BaseRepo {
  constructor(name) {
    this.name = name;
    this.rows = new Map();
    this.writes = 0;
    this.reads = 0;
  }

  async save(row) {
    await tick();
    this.rows.set(row.id, { ...row });
    this.writes++;
    return row;
  }

  async saveAll(rows) {
    return Promise.all(rows.map(async (row) => {
      const saved = await this.save(row);
      return saved.id;
    }));
  }

  async *scan() {
    for (const id of [...this.rows.keys()].sort()) {
      await tick();
      this.reads++;
      yield this.rows.get(id);
    }
  }
}

module.exports = BaseRepo;
