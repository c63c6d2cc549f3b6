// A URL shortener: ids from a counter in base62, links in a Map, 301/302
// redirects that count clicks per referrer, aliases, deleted links answering
// 410, and a top list.
const express = require('express');

const ALPHABET = '0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
const RESERVED = new Set(['api', 'health']);

function toBase62(n) {
  let out = '';
  do {
    out = ALPHABET[n % 62] + out;
    n = Math.floor(n / 62);
  } while (n > 0);
  return out;
}

let counter = 3843; // the first code is "100"
const links = new Map();     // code -> link
const codeByUrl = new Map(); // normalized url -> code
const gone = new Set();

const app = express();
app.use(express.json());

function normalize(raw) {
  try {
    const url = new URL(raw);
    if (!['http:', 'https:'].includes(url.protocol)) return null;
    url.hash = '';
    return url.toString();
  } catch {
    return null;
  }
}

app.post('/api/links', (req, res) => {
  const { url, alias, temporary = false } = req.body ?? {};
  const target = normalize(url);
  if (!target) return res.status(422).json({ error: 'a valid http(s) url is required' });

  if (!alias && codeByUrl.has(target)) {
    const existing = links.get(codeByUrl.get(target));
    return res.status(200).json({ code: existing.code, url: existing.url, reused: true });
  }
  if (alias && (!/^[\w-]{3,20}$/.test(alias) || RESERVED.has(alias))) {
    return res.status(422).json({ error: `alias "${alias}" is not allowed` });
  }
  if (alias && (links.has(alias) || gone.has(alias))) {
    return res.status(409).json({ error: `alias "${alias}" is taken` });
  }
  const code = alias ?? toBase62(++counter);
  const link = { code, url: target, temporary, clicks: 0, referrers: {} };
  links.set(code, link);
  if (!alias) codeByUrl.set(target, code);
  res.status(201).location(`/${code}`).json({ code, url: target, temporary });
});

app.get('/api/links', (req, res) => {
  const top = [...links.values()]
    .sort((a, b) => b.clicks - a.clicks || a.code.localeCompare(b.code))
    .slice(0, Number(req.query.top) || 10)
    .map(({ code, clicks }) => ({ code, clicks }));
  res.json({ total: links.size, deleted: gone.size, top });
});

app.get('/api/links/:code/stats', (req, res) => {
  const link = links.get(req.params.code);
  if (!link) return res.status(404).json({ error: 'unknown code' });
  res.json({ code: link.code, url: link.url, clicks: link.clicks, referrers: link.referrers });
});

app.delete('/api/links/:code', (req, res) => {
  const link = links.get(req.params.code);
  if (!link) return res.sendStatus(404);
  links.delete(link.code);
  if (codeByUrl.get(link.url) === link.code) codeByUrl.delete(link.url);
  gone.add(link.code);
  res.sendStatus(204);
});

app.get('/:code', (req, res) => {
  const { code } = req.params;
  if (gone.has(code)) return res.status(410).send('This link has been removed');
  const link = links.get(code);
  if (!link) return res.status(404).send('Unknown link');
  link.clicks += 1;
  const from = req.get('referer') ? new URL(req.get('referer')).hostname : 'direct';
  link.referrers[from] = (link.referrers[from] ?? 0) + 1;
  res.set('X-Clicks', String(link.clicks));
  res.redirect(link.temporary ? 302 : 301, link.url);
});

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
