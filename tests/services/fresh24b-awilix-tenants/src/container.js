'use strict';
const { createContainer, asClass, asFunction, asValue, InjectionMode, Lifetime } = require('awilix');
const TenantRepository = require('./repositories/TenantRepository');
const ProjectRepository = require('./repositories/ProjectRepository');
const LogicalClock = require('./services/LogicalClock');
const makeAuditLog = require('./services/auditLog');
const { ProjectService } = require('./services/ProjectService');
const QuotaService = require('./services/QuotaService');

const container = createContainer({ injectionMode: InjectionMode.PROXY, strict: true });

container.register({
  config: asValue({ plans: { free: 2, pro: 5 } }),
  clock: asClass(LogicalClock).singleton(),
  tenantRepository: asClass(TenantRepository).singleton(),
  projectRepository: asClass(ProjectRepository, { lifetime: Lifetime.SINGLETON }),
  auditLog: asFunction(makeAuditLog).singleton(),
  projectService: asClass(ProjectService).scoped(),
  quotaService: asClass(QuotaService).classic().scoped(),
});

module.exports = container;
