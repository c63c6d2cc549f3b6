'use strict';
const { currency } = require('#config');

const fmt = new Intl.NumberFormat('en-IE', { style: 'currency', currency });

exports.format = (cents) => fmt.format(cents / 100);
exports.percentOf = (cents, pct) => Math.round((cents * pct) / 100);
