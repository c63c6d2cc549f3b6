export const config = Object.freeze({
  port: Number.parseInt(process.env.PORT ?? '4000', 10),
  taxRate: Number(process.env.TAX_RATE ?? 0.2),
  pricingConcurrency: Number(process.env.PRICING_CONCURRENCY ?? 2),
  pricingLatencyMs: Number(process.env.PRICING_LATENCY_MS ?? 5),
  paymentWindowDays: Number(process.env.PAYMENT_WINDOW_DAYS ?? 14),
});
