'use strict';

const TodoRepository = require('../repositories/TodoRepository');
const { TenantNotFoundError } = require('../errors');

const PLAN_LIMITS = Object.freeze({ free: 3, pro: 100 });

class TenantRegistry {
  #tenants = new Map();
  #provisioned = 0;

  register(slug, plan = 'free') {
    const tenant = { slug, plan, repo: new TodoRepository(), usage: { requests: 0, writes: 0, byMethod: {} } };
    this.#tenants.set(slug, tenant);
    return tenant;
  }

  // a real registry would create the tenant's schema here
  async provision(slug, plan) {
    this.#provisioned += 1;
    await new Promise((resolve) => setImmediate(resolve));
    return this.register(slug, plan);
  }

  get provisioned() {
    return this.#provisioned;
  }

  get(slug) {
    const tenant = this.#tenants.get(slug);
    if (!tenant) throw new TenantNotFoundError(slug);
    return tenant;
  }

  has(slug) {
    return this.#tenants.has(slug);
  }

  limitOf(tenant) {
    return PLAN_LIMITS[tenant.plan];
  }

  summary() {
    return [...this.#tenants.values()].map(({ slug, plan, repo, usage }) => ({ slug, plan, todos: repo.stats, usage }));
  }
}

const registry = new TenantRegistry();
registry.register('acme', 'pro');
registry.register('globex');

module.exports = registry;
