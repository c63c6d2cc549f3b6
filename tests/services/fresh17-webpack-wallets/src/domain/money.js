// CommonJS helper module (kept as a module in webpack's table)
const formatters = {};

function format(cents, currency) {
  formatters[currency] = formatters[currency] || new Intl.NumberFormat('en-US', { style: 'currency', currency });
  return formatters[currency].format(cents / 100);
}

function assertAmount(n) {
  if (!Number.isInteger(n) || n <= 0) {
    const err = new Error('amount must be a positive integer of cents');
    err.status = 422;
    throw err;
  }
  return n;
}

module.exports = { format, assertAmount, cachedFormatters: () => Object.keys(formatters) };
