'use strict';

const { BadRequest } = require('./errors');

const isoDate = (t) => new Date(t).toISOString().slice(0, 10);
const hhmm = (t) => new Date(t).toISOString().slice(11, 16);

function parseSlot(date, hour) {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date ?? '')) throw new BadRequest('date must be YYYY-MM-DD');
  if (!/^\d{2}$/.test(hour ?? '')) throw new BadRequest('hour must be two digits');
  return Date.parse(`${date}T${hour}:00:00Z`);
}

module.exports = { isoDate, hhmm, parseSlot };
