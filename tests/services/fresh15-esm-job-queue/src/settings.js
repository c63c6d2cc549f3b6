const int = (name, fallback) => {
  const raw = process.env[name];
  const value = raw === undefined ? fallback : Number.parseInt(raw, 10);
  if (!Number.isInteger(value) || value < 0) throw new Error(`${name} must be a non-negative integer`);
  return value;
};

export const settings = {
  port: int('PORT', 3000),
  concurrency: int('JOB_CONCURRENCY', 2),
  maxAttempts: int('JOB_MAX_ATTEMPTS', 2),
  retryDelayMs: int('JOB_RETRY_DELAY_MS', 40),
  unitOfWorkMs: int('JOB_UNIT_MS', 10),
};
