const money = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'EUR' });
const moneyDe = new Intl.NumberFormat('de-DE', { style: 'currency', currency: 'EUR' });
const day = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeZone: 'UTC' });
const month = new Intl.DateTimeFormat('en-US', { month: 'long', year: 'numeric', timeZone: 'UTC' });
const plural = new Intl.PluralRules('en-US');
const list = new Intl.ListFormat('en', { style: 'long', type: 'conjunction' });

const formatters = { money, moneyDe, day, month };

module.exports = {
  ...formatters,
  count: (n, word) => `${n} ${plural.select(n) === 'one' ? word : `${word}s`}`,
  list: (items) => list.format(items),
  percent: (x) => x.toLocaleString('en-US', { style: 'percent', maximumFractionDigits: 1 }),
};
