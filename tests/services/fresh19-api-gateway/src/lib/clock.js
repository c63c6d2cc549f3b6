const dayjs = require('dayjs');
const utc = require('dayjs/plugin/utc');
const isoWeek = require('dayjs/plugin/isoWeek');

dayjs.extend(utc);
dayjs.extend(isoWeek);

let now = dayjs.utc('2026-02-27T10:00:00Z');

module.exports = {
  now: () => now,
  advance(amount, unit) {
    now = now.add(amount, unit);
    return now;
  },
  window: () => `${now.isoWeekYear()}-W${String(now.isoWeek()).padStart(2, '0')}`,
};
