'use strict';

const asyncHandler = require('./asyncHandler');

// Binds every method of the controller's class to the instance and wraps it for Express,
// so routes can take `controller.method` as it is.
module.exports = function wrapController(instance) {
  const proto = Object.getPrototypeOf(instance);
  for (const name of Object.getOwnPropertyNames(proto)) {
    if (name === 'constructor' || typeof proto[name] !== 'function') continue;
    instance[name] = asyncHandler(proto[name].bind(instance));
  }
  return instance;
};
