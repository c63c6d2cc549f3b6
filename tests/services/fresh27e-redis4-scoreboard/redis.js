import { createClient } from 'redis';

export const PREFIX = 'fresh27e-redis4-scoreboard';
export const client = createClient({ url: process.env.REDIS_URL, socket: { reconnectStrategy: (retries) => Math.min(retries * 50, 500) } });
export const reader = client.duplicate();

for (const [name, c] of [['writer', client], ['reader', reader]]) {
  c.on('error', (err) => console.error(`[${name}]`, err));
}

export async function connectAll() {
  await Promise.all([client.connect(), reader.connect()]);
}
