import { createClient } from 'redis';

export const redis = createClient({ url: process.env.REDIS_URL });
redis.on('error', (err) => console.error('redis', err));
await redis.connect();

export const key = (...parts) => ['fresh25a-esm-idempotency', ...parts].join(':');
