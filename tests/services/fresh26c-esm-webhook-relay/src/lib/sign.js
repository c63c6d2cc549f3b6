import { createHmac } from 'node:crypto';

export const sign = (secret, payload) =>
  `sha256=${createHmac('sha256', secret).update(JSON.stringify(payload)).digest('hex').slice(0, 16)}`;
