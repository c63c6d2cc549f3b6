'use strict';

class ProjectRepository {
  #byTenant = new Map();
  #seq = 0;

  constructor({ clock }) {
    this.clock = clock;
  }

  insert(tenantId, name) {
    const list = this.#byTenant.get(tenantId) ?? [];
    const project = { id: ++this.#seq, name, at: this.clock.tick() };
    list.push(project);
    this.#byTenant.set(tenantId, list);
    return project;
  }

  forTenant(tenantId) {
    return this.#byTenant.get(tenantId) ?? [];
  }
}

module.exports = ProjectRepository;
