module.exports = {
  port: Number(process.env.PORT ?? 3000),
  redisUrl: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379',
  keyPrefix: process.env.KEY_PREFIX ?? 'fresh15-redis-leaderboard:',
  maxScorePerSubmit: Number(process.env.MAX_SCORE_PER_SUBMIT ?? 1000),
  submitsPerMinute: Number(process.env.SUBMITS_PER_MINUTE ?? 3),
};
