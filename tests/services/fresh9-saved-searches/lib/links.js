// Link submissions: URLs normalised with the WHATWG URL class, counted per host.
const hosts = new Map();
const links = [];

const TRACKING = /^(utm_|fbclid$|gclid$)/;

function normalise(raw) {
  const url = new URL(raw);
  url.hash = '';
  for (const key of [...url.searchParams.keys()]) {
    if (TRACKING.test(key)) url.searchParams.delete(key);
  }
  url.searchParams.sort();
  url.hostname = url.hostname.replace(/^www\./, '');
  return url;
}

function submit(raw, by) {
  const url = normalise(raw);
  const href = url.href;
  const existing = links.find((l) => l.href === href);
  if (existing) {
    existing.votes += 1;
    return { link: existing, created: false };
  }
  const link = { id: links.length + 1, href, host: url.host, path: url.pathname, by, votes: 1 };
  links.push(link);
  hosts.set(url.host, (hosts.get(url.host) ?? 0) + 1);
  return { link, created: true };
}

function search({ host, q, sort = 'id', page = 1, per = 2 } = {}) {
  let found = links.filter((l) => (!host || l.host === host) && (!q || l.href.includes(q)));
  if (sort === 'votes') found = found.toSorted((a, b) => b.votes - a.votes || a.id - b.id);
  const start = (page - 1) * per;
  return { total: found.length, items: found.slice(start, start + per) };
}

module.exports = { submit, search, hosts };
