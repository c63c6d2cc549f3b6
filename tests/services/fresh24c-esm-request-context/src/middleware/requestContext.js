import { als } from '../lib/context.js';
import { logger } from '../lib/logger.js';

let counter = 0;

export function requestContext({ header = 'x-request-id', prefix = 'req' } = {}) {
  return (req, res, next) => {
    const requestId = `${prefix}-${String(++counter).padStart(3, '0')}`;
    const correlationId = req.get('x-correlation-id') ?? requestId;
    req.id = requestId;
    res.set(header, requestId);
    res.set('x-correlation-id', correlationId);
    als.run({ requestId, correlationId, startedAt: counter }, () => {
      req.log = logger.child({ route: `${req.method} ${req.path}` });
      next();
    });
  };
}
