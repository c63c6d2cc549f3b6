var debug = require('debug')('fx-api:rates');

// EUR based reference rates, as a daily import would leave them
var rates = { EUR: 1, USD: 1.0825, GBP: 0.8561, JPY: 161.93, CHF: 0.9412 };
var version = 1;

function convert(amount, from, to) {
  if (!(from in rates) || !(to in rates)) return null;
  var value = (amount / rates[from]) * rates[to];
  return Math.round(value * 100) / 100;
}

function update(changes) {
  Object.keys(changes).forEach(function (code) {
    rates[code.toUpperCase()] = Number(changes[code]);
  });
  version += 1;
  debug('rates now at version %d', version);
  return version;
}

module.exports = {
  convert: convert,
  update: update,
  currencies: function () { return Object.keys(rates).sort(); },
  version: function () { return version; },
};
