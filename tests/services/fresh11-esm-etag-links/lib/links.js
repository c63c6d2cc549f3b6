import { createHash } from 'node:crypto';

const links = new Map();          // id -> link
const byHost = new Map();         // host -> Set of ids
let version = 0;

const shortId = (url) => createHash('sha256').update(url).digest('base64url').slice(0, 8);

export function normalize(raw) {
  const url = new URL(raw);
  url.hash = '';
  for (const key of [...url.searchParams.keys()]) {
    if (key.startsWith('utm_')) url.searchParams.delete(key);
  }
  url.searchParams.sort();
  url.hostname = url.hostname.replace(/^www\./, '');
  return url;
}

export function save(raw, tags = []) {
  const url = normalize(raw);
  const id = shortId(url.href);
  const existing = links.get(id);
  if (existing) {
    existing.tags = [...new Set([...existing.tags, ...tags])];
    existing.saves++;
  } else {
    links.set(id, { id, href: url.href, host: url.host, tags: [...tags], saves: 1 });
    if (!byHost.has(url.host)) byHost.set(url.host, new Set());
    byHost.get(url.host).add(id);
  }
  version++;
  return links.get(id);
}

export function remove(id) {
  const link = links.get(id);
  if (!link) return false;
  links.delete(id);
  byHost.get(link.host)?.delete(id);
  if (byHost.get(link.host)?.size === 0) byHost.delete(link.host);
  version++;
  return true;
}

export const find = (id) => links.get(id);
export const list = ({ host, tag } = {}) =>
  [...links.values()].filter((l) => (!host || l.host === host) && (!tag || l.tags.includes(tag)));
export const hosts = () => Object.fromEntries([...byHost].map(([h, ids]) => [h, ids.size]));
export const currentVersion = () => version;
