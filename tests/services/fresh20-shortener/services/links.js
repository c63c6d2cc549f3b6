const { EventEmitter } = require('node:events');
const LinkStore = require('../stores/link-store');

const events = new EventEmitter();
const store = new LinkStore();

class HttpError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

function shorten({ url, alias, permanent = false }) {
  if (typeof url !== 'string' || !/^https?:\/\//.test(url)) throw new HttpError(400, 'url must be http(s)');
  const existing = store.findByUrl(url);
  if (existing && !alias) return { ...existing, reused: true };
  if (alias && store.get(alias)) throw new HttpError(409, `alias ${alias} taken`);
  const link = store.add({ url, alias, permanent });
  events.emit('created', link);
  return link;
}

function resolve(code, referrer) {
  const link = store.get(code);
  if (!link) return null;
  link.clicks += 1;
  events.emit('click', { code, referrer: referrer || 'direct' });
  return link;
}

module.exports = {
  events,
  shorten,
  resolve,
  get: (code) => store.get(code),
  list: () => store.all().map(({ code, url, clicks }) => ({ code, url, clicks })),
  remove: (code) => store.remove(code),
};
