const { AsyncLocalStorage } = require('node:async_hooks');

const als = new AsyncLocalStorage();
let counter = 0;

function middleware(req, res, next) {
  const id = req.get('x-request-id') ?? `req-${String(++counter).padStart(4, '0')}`;
  als.run({ id, user: req.get('x-user') ?? 'guest', steps: 0 }, next);
}

const current = () => als.getStore();

module.exports = { middleware, current };
