const formatter = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'EUR' });

export const money = (cents) => ({ cents, display: formatter.format(cents / 100) });
