import { requestContext } from '../context.js';

// Lines carry the request id and actor of the request that logged them, read from the context.
export function createLogger() {
  const lines = [];
  const log = (level, msg) => {
    const store = requestContext.getStore();
    const who = store?.actor?.email ?? '-';
    lines.push(`${store?.requestId ?? 'bg'} ${level} ${who} ${msg}`);
    if (lines.length > 40) lines.shift();
  };
  return { info: (m) => log('info', m), warn: (m) => log('warn', m), lines };
}
