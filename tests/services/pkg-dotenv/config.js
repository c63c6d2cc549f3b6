const toBool = (v) => ['1', 'true', 'yes'].includes(String(v).toLowerCase());

module.exports = {
  appName: process.env.APP_NAME ?? 'unnamed',
  pageSize: parseInt(process.env.PAGE_SIZE ?? '10', 10),
  tags: toBool(process.env.FEATURE_TAGS),
  env: process.env.NODE_ENV || 'development',
};
