module.exports = Object.freeze({
  port: Number(process.env.PORT ?? 3000),
  currency: process.env.CURRENCY ?? 'EUR',
  maxQty: 10,
});
