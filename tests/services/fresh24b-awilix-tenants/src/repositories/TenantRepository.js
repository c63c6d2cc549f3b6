'use strict';

class TenantRepository {
  constructor({ clock, config }) {
    this.clock = clock;
    this.config = config;
    this.tenants = new Map();
  }

  create(slug, plan = 'free') {
    if (this.tenants.has(slug)) return null;
    const tenant = { slug, plan, createdAt: this.clock.tick() };
    this.tenants.set(slug, tenant);
    return tenant;
  }

  get(slug) {
    return this.tenants.get(slug);
  }

  limitFor(slug) {
    const tenant = this.tenants.get(slug);
    return this.config.plans[tenant?.plan] ?? 0;
  }
}

module.exports = TenantRepository;
