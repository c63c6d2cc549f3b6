'use strict';
let last = 0;
module.exports = (prefix) => `${prefix}-${String(++last).padStart(4, '0')}`;
