'use strict';
// quick-lru is ESM-only: loaded once, lazily, as CommonJS code does it today
let cachePromise;

async function cache() {
  cachePromise ??= import('quick-lru').then(({ default: QuickLRU }) => new QuickLRU({ maxSize: 2 }));
  return cachePromise;
}

const links = new Map();

class LinkError extends Error {
  constructor(status, message, options) {
    super(message, options);
    this.status = status;
  }
}

async function save(link) {
  links.set(link.code, link);
  (await cache()).set(link.code, link.url);
  return link;
}

async function resolve(code) {
  const lru = await cache();
  const hit = lru.get(code);
  if (hit !== undefined) return { url: hit, from: 'cache' };
  const link = links.get(code);
  if (!link || link.disabled) throw new LinkError(404, `no link ${code}`);
  lru.set(code, link.url);
  return { url: link.url, from: 'store' };
}

async function disable(code) {
  const link = links.get(code);
  if (!link) throw new LinkError(404, `no link ${code}`);
  link.disabled = true;
  (await cache()).delete(code);
  return link;
}

async function cached() {
  return [...(await cache()).keys()];
}

module.exports = { save, resolve, disable, cached, links, LinkError };
