const money = new Map();

export function formatMoney(cents, currency = 'EUR', locale = 'de-DE') {
  const key = `${locale}|${currency}`;
  if (!money.has(key)) money.set(key, new Intl.NumberFormat(locale, { style: 'currency', currency }));
  return money.get(key).format(cents / 100);
}

export const formatDate = (iso, locale = 'en-GB') =>
  new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(iso));

export const cachedFormatters = () => [...money.keys()];
