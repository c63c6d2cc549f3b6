// User preferences in signed cookies (cookie-parser with a secret, res.cookie({ signed: true })),
// a tampered cookie counted, content negotiation with res.format and res.vary, nested query
// objects (`?filter[kind]=x&filter[tags][]=a`) parsed by Express's qs, a server-side tally of
// themes chosen, and an HTML/text/JSON view of the same data.
'use strict';
const express = require('express');
const cookieParser = require('cookie-parser');

const SECRET = 'not-so-secret-for-tests';
const app = express();
app.use(express.json());
app.use(cookieParser(SECRET));

const stats = { themes: {}, tampered: 0, anonymous: 0 };
const catalog = [
  { id: 1, kind: 'font', name: 'Inter', tags: ['sans', 'ui'] },
  { id: 2, kind: 'font', name: 'Merriweather', tags: ['serif'] },
  { id: 3, kind: 'theme', name: 'Solarized', tags: ['dark', 'light'] },
  { id: 4, kind: 'theme', name: 'Dracula', tags: ['dark'] },
];

function readPrefs(req) {
  const raw = req.signedCookies.prefs;
  if (raw === false) {
    stats.tampered++;
    return null;
  }
  if (raw === undefined) {
    stats.anonymous++;
    return null;
  }
  try {
    return JSON.parse(raw);
  } catch {
    return null;
  }
}

app.put('/prefs', (req, res) => {
  const current = readPrefs(req) ?? { theme: 'light', fontSize: 14 };
  const next = { ...current, ...req.body };
  if (next.theme !== current.theme || !req.signedCookies.prefs) {
    stats.themes[next.theme] = (stats.themes[next.theme] ?? 0) + 1;
  }
  res.cookie('prefs', JSON.stringify(next), { signed: true, httpOnly: true, sameSite: 'lax' });
  res.json(next);
});

app.get('/prefs', (req, res) => {
  const prefs = readPrefs(req);
  res.vary('Cookie');
  res.format({
    'text/html': () => res.send(`<body class="${prefs?.theme ?? 'default'}" style="font-size:${prefs?.fontSize ?? 16}px"></body>`),
    'text/plain': () => res.send(prefs ? Object.entries(prefs).map(([k, v]) => `${k}=${v}`).join('\n') : 'defaults'),
    'application/json': () => res.json(prefs ?? {}),
    default: () => res.status(406).send('Not Acceptable'),
  });
});

app.get('/catalog', (req, res) => {
  const { filter = {}, sort } = req.query;
  let items = catalog.filter((it) => (!filter.kind || it.kind === filter.kind)
    && (!filter.tags || [filter.tags].flat().every((t) => it.tags.includes(t))));
  if (sort?.by === 'name') items = items.toSorted((a, b) => a.name.localeCompare(b.name) * (sort.dir === 'desc' ? -1 : 1));
  res.vary('Accept');
  res.format({
    json: () => res.json({ query: req.query, ids: items.map((i) => i.id) }),
    text: () => res.type('text').send(items.map((i) => i.name).join(', ')),
  });
});

app.delete('/prefs', (req, res) => {
  res.clearCookie('prefs');
  res.json({ cleared: true });
});

app.get('/stats', (req, res) => res.json(stats));

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
