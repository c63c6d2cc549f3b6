import { revoke } from '../utils/family.js';

// Refresh-token families, keyed by family id.
export class TokenStore {
  #families = new Map();
  #listeners = [];
  #familySeq = 0;

  open(userId) {
    const family = { id: `f${++this.#familySeq}`, userId, current: null, used: [], rotations: 0, revoked: null };
    this.#families.set(family.id, family);
    return family;
  }

  get(id) {
    return this.#families.get(id);
  }

  revoke(family, reason) {
    revoke(family, reason);
    this.#listeners.forEach((listener) => listener({ family: family.id, user: family.userId, reason }));
  }

  onRevoke(listener) {
    this.#listeners.push(listener);
  }

  activeFor(userId) {
    return [...this.#families.values()].filter((f) => f.userId === userId && !f.revoked);
  }
}
