'use strict';
// The application's event bus: a plain EventTarget, as code shared with browsers writes it.
module.exports = new EventTarget();
