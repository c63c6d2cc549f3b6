'use strict';
const { createContainer, asClass, asFunction, asValue, InjectionMode, Lifetime } = require('awilix');
const LogicalClock = require('./services/LogicalClock');
const makeAuditLog = require('./services/auditLog');
const { ProjectService } = require('./services/ProjectService');
const QuotaService = require('./services/QuotaService');

const container = createContainer({ injectionMode: InjectionMode.PROXY, strict: true });

container.register({
  config: asValue({ plans: { free: 2, pro: 5 } }),
  clock: asClass(LogicalClock).singleton(),
  auditLog: asFunction(makeAuditLog).singleton(),
  projectService: asClass(ProjectService).scoped(),
  quotaService: asClass(QuotaService).classic().scoped(),
});

container.loadModules(['repositories/*.js'], {
  cwd: __dirname,
  formatName: 'camelCase',
  resolverOptions: { lifetime: Lifetime.SINGLETON, register: asClass },
});

module.exports = container;
