module.exports = Object.freeze({
  port: Number(process.env.PORT ?? 3000),
  redisUrl: process.env.REDIS_URL ?? 'redis://localhost:6379',
  prefix: 'fresh25a-catalog-lru:',
  cacheSize: Number(process.env.CACHE_SIZE ?? 3),
});
