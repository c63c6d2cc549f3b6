'use strict';

class QuotaExceededError extends Error {
  status = 409;
}

class ProjectService {
  static instances = 0;

  constructor({ tenantId, requestId, projectRepository, quotaService, auditLog }) {
    ProjectService.instances += 1;
    this.tenantId = tenantId;
    this.requestId = requestId;
    this.projects = projectRepository;
    this.quota = quotaService;
    this.audit = auditLog;
  }

  create(name) {
    const { used, limit } = this.quota.usage();
    if (used >= limit) throw new QuotaExceededError(`${this.tenantId} reached ${limit} projects`);
    const project = this.projects.insert(this.tenantId, name);
    this.audit.record(this.tenantId, 'project.created', `${project.id}:${name} (req ${this.requestId})`);
    return project;
  }

  list() {
    return this.projects.forTenant(this.tenantId);
  }
}

module.exports = { ProjectService, QuotaExceededError };
