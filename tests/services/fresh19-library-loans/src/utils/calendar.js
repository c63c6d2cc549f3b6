const { DateTime } = require('luxon');
const config = require('../config');

// The library's clock: the day only moves when staff close the day.
let current = DateTime.fromISO(config.today, { zone: 'utc' });

module.exports = {
  today: () => current,
  advance(days = 1) {
    current = current.plus({ days });
    return current;
  },
  dueDate: () => current.plus({ days: config.loanDays }),
  daysLate(due) {
    const diff = current.diff(DateTime.fromISO(due, { zone: 'utc' }), 'days').days;
    return Math.max(0, Math.floor(diff));
  },
};
