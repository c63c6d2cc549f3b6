'use strict';
const { asValue } = require('awilix');

let requests = 0;

module.exports = (container) => (req, res, next) => {
  const tenantRepository = container.resolve('tenantRepository');
  if (!tenantRepository.get(req.params.tenant)) {
    return res.status(404).json({ error: `unknown tenant ${req.params.tenant}` });
  }
  req.scope = container.createScope();
  req.scope.register({
    tenantId: asValue(req.params.tenant),
    requestId: asValue(++requests),
  });
  next();
};
