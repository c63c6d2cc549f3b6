const settings = require('./settings');

let changes = 0;

module.exports = function configure(patch) {
  if (patch.currency) settings.currency = patch.currency.toUpperCase();
  if (patch.fee !== undefined) settings.fee = Number(patch.fee);
  changes++;
  return { changes, now: settings.describe() };
};
