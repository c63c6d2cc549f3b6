// Static configuration from the environment, with defaults, frozen.
const env = process.env;

const toInt = (value, fallback) => {
  const n = Number.parseInt(value ?? '', 10);
  return Number.isNaN(n) ? fallback : n;
};

export const config = Object.freeze({
  port: toInt(env.PORT, 3000),
  serviceName: env.SERVICE_NAME ?? 'quotes',
  pageSize: toInt(env.PAGE_SIZE, 2),
  features: Object.freeze({
    maintenanceMessage: env.MAINTENANCE_MESSAGE ?? 'down for maintenance',
    adminToken: env.ADMIN_TOKEN ?? 'letmein',
  }),
});
