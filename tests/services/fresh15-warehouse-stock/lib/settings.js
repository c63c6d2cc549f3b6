'use strict';

const toInt = (value, fallback) => {
  const n = Number.parseInt(value, 10);
  return Number.isNaN(n) ? fallback : n;
};

module.exports = {
  port: toInt(process.env.PORT, 8080),
  logFormat: process.env.LOG_FORMAT || 'tiny',
  lowStockThreshold: toInt(process.env.LOW_STOCK_THRESHOLD, 5),
  reportCacheSize: toInt(process.env.REPORT_CACHE_SIZE, 20),
  maxReservationQty: toInt(process.env.MAX_RESERVATION_QTY, 10),
};
