export const PORT = Number.parseInt(process.env.PORT ?? '8080', 10);
export const API_VERSION = '2.4.0';
export const MIN_CLIENT = '>=1.2.0 <3.0.0';
export const TAX_RATES = Object.freeze({ standard: '0.20', reduced: '0.055', zero: '0' });
export const CURRENCY = 'EUR';
