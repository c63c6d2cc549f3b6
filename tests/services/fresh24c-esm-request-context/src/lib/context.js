import { AsyncLocalStorage } from 'node:async_hooks';

export const als = new AsyncLocalStorage();

export const currentContext = () => als.getStore();
export const requestId = () => als.getStore()?.requestId ?? '-';
