module.exports = {
  port: process.env.PORT || 3000,
  redis: { url: process.env.REDIS_URL },
  queue: { name: 'fresh25a-job-queue', maxAttempts: 3 },
};
