'use strict';

const delay = () => new Promise((resolve) => setImmediate(resolve));

class MemberRepository {
  constructor() {
    this.members = new Map();
    this.nextId = 1;
  }

  async create({ name, plan }) {
    await delay();
    const id = String(this.nextId++);
    const member = { id, name, plan, visits: 0, account: { balance: 0, ledger: [] }, tags: [] };
    this.members.set(id, member);
    return member;
  }

  async findById(id) {
    await delay();
    return this.members.get(id) ?? null;
  }

  async findAll({ plan, minVisits = 0 } = {}) {
    await delay();
    return [...this.members.values()].filter((m) => (!plan || m.plan === plan) && m.visits >= minVisits);
  }
}

module.exports = new MemberRepository();
