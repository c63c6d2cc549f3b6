const toInt = (value, fallback) => {
  const n = Number.parseInt(value ?? '', 10);
  return Number.isNaN(n) ? fallback : n;
};

const config = {
  appName: process.env.APP_NAME || 'tasks-api',
  env: process.env.NODE_ENV ?? 'development',
  port: toInt(process.env.PORT, 3000),
  apiPrefix: process.env.API_PREFIX || '/api/v1',
  pageSize: toInt(process.env.PAGE_SIZE, 3),
  maxTitleLength: toInt(process.env.MAX_TITLE_LENGTH, 40),
  features: {
    purge: (process.env.ENABLE_PURGE ?? 'true') === 'true',
  },
};

module.exports = Object.freeze(config);
