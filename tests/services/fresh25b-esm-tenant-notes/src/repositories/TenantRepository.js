import { nextId } from '../lib/ids.js';

// Rows partitioned by tenant: a tenant can never read another's rows through this class.
export class TenantRepository {
  static #registry = [];
  #byTenant = new Map();

  constructor(kind) {
    this.kind = kind;
    TenantRepository.#registry.push(this);
  }

  static sizes() {
    return Object.fromEntries(TenantRepository.#registry.map((r) => [r.kind, r.size]));
  }

  #bucket(tenant) {
    let bucket = this.#byTenant.get(tenant);
    if (!bucket) {
      bucket = new Map();
      this.#byTenant.set(tenant, bucket);
    }
    return bucket;
  }

  add(tenant, data) {
    const row = { id: nextId(this.kind), tenant, ...data };
    this.#bucket(tenant).set(row.id, row);
    return row;
  }

  find(tenant, id) {
    return this.#bucket(tenant).get(id) ?? null;
  }

  list(tenant, predicate = () => true) {
    return [...this.#bucket(tenant).values()].filter(predicate);
  }

  remove(tenant, id) {
    return this.#bucket(tenant).delete(id);
  }

  get size() {
    let n = 0;
    for (const bucket of this.#byTenant.values()) n += bucket.size;
    return n;
  }
}
