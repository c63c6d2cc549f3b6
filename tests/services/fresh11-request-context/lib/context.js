'use strict';
const { AsyncLocalStorage } = require('node:async_hooks');

const storage = new AsyncLocalStorage();
let issued = 0;

module.exports = {
  middleware(req, res, next) {
    issued += 1;
    const requestId = req.get('x-request-id') ?? `req-${issued}`;
    res.set('X-Request-Id', requestId);
    storage.run({ requestId, user: req.get('x-user') ?? null }, next);
  },
  current: () => storage.getStore() ?? {},
  get issued() {
    return issued;
  },
};
