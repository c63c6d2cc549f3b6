import { createHash } from 'crypto';

let issued = 0;

export function nextToken(user) {
  issued += 1;
  return createHash('sha1').update(`${user}:${issued}`).digest('hex').slice(0, 12);
}

export const tokenCount = () => issued;
