import NodeCache from 'node-cache';
import config from '#config';

export const evaluations = new NodeCache({ stdTTL: config.evaluationTtl, checkperiod: 0 });

export const cacheEvents = { set: 0, del: 0, flush: 0 };
evaluations.on('set', () => {
  cacheEvents.set += 1;
});
evaluations.on('del', () => {
  cacheEvents.del += 1;
});
evaluations.on('flush', () => {
  cacheEvents.flush += 1;
});

export function invalidateFlag(key) {
  return evaluations.del(evaluations.keys().filter((k) => k.startsWith(`${key}|`)));
}
