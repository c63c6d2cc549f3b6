export const cents = (amount) => Math.round(amount * 100);
export const format = (c) => `${c < 0 ? '-' : ''}€${(Math.abs(c) / 100).toFixed(2)}`;
