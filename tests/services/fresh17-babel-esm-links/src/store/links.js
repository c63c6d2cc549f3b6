import { nextId } from './ids';
import { bump } from './version';

function counted(method, context) {
  return function (...args) {
    this.calls[context.name] = (this.calls[context.name] ?? 0) + 1;
    return method.apply(this, args);
  };
}

export class LinkStore {
  links = new Map();
  calls = {};

  @counted
  create(url, slug) {
    const id = slug ?? nextId();
    if (this.links.has(id)) throw Object.assign(new Error(`slug ${id} taken`), { status: 409 });
    this.links.set(id, { id, url, hits: 0, referrers: {} });
    bump(`create ${id}`);
    return this.links.get(id);
  }

  @counted
  hit(id, referrer = 'direct') {
    const link = this.links.get(id);
    if (!link) return undefined;
    link.hits++;
    link.referrers[referrer] = (link.referrers[referrer] || 0) + 1;
    return link;
  }

  @counted
  remove(id) {
    const ok = this.links.delete(id);
    if (ok) bump(`remove ${id}`);
    return ok;
  }

  top(n = 3) {
    return [...this.links.values()].sort((a, b) => b.hits - a.hits || a.id.localeCompare(b.id)).slice(0, n).map(({ id, hits }) => ({ id, hits }));
  }
}

export default new LinkStore();
