import { AsyncLocalStorage } from 'node:async_hooks';

export const requestContext = new AsyncLocalStorage();

export function ctx() {
  const store = requestContext.getStore();
  if (!store) throw new Error('no request context');
  return store;
}
