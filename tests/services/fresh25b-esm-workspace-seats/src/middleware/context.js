import { requestContext } from '../context.js';
import { createLoaders } from '../db/loaders.js';
import { UnitOfWork } from '../db/unitOfWork.js';

export function contextMiddleware({ store, clock }) {
  let seq = 0;
  return (req, res, next) => {
    seq += 1;
    const store$ = { requestId: `r${String(seq).padStart(3, '0')}`, actor: null, loaders: createLoaders(store), uow: new UnitOfWork(store, clock) };
    res.set('X-Request-Id', store$.requestId);
    requestContext.run(store$, next);
  };
}
