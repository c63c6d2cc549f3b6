export class NotFound extends Error {
  status = 404;
}

export class KvService {
  writes = 0;

  constructor({ repo, audit }) {
    this.repo = repo;
    this.audit = audit;
  }

  async set(key, value, who) {
    await Promise.resolve();
    const row = this.repo.put(key, value);
    this.writes++;
    this.audit.push(`${who} set ${key}@${row.rev}`);
    return row;
  }

  async get(key) {
    const row = this.repo.get(key);
    if (!row) throw new NotFound(`no key ${key}`);
    return row;
  }

  async remove(key, who) {
    if (!this.repo.delete(key)) throw new NotFound(`no key ${key}`);
    this.writes++;
    this.audit.push(`${who} deleted ${key}`);
  }
}
