import { createHash } from 'node:crypto';

export const bucketOf = (flag, user) => parseInt(createHash('sha1').update(`${flag}:${user}`).digest('hex').slice(0, 8), 16) % 100;
