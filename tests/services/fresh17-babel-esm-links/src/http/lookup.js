import { links } from '../store';

const pause = () => new Promise((resolve) => setImmediate(resolve));
const misses = [];

export async function resolveLink(id, referrer) {
  await pause();
  const link = links.hit(id, referrer);
  if (!link) {
    misses.push(id);
    return null;
  }
  return link.url;
}

export const missed = () => misses.slice();
