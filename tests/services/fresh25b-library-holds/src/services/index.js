'use strict';

const createCatalogService = require('./catalog.service');
const createFineService = require('./fines.service');
const createLoanService = require('./loans.service');
const createHoldService = require('./holds.service');

module.exports = function buildServices(deps) {
  const catalog = createCatalogService(deps);
  const fines = createFineService(deps);
  // holds subscribe to loan.returned after fines: a fine is raised before the next hold is promoted
  const holds = createHoldService({ ...deps, catalog });
  const loans = createLoanService({ ...deps, catalog, fines });
  return { catalog, fines, holds, loans };
};
