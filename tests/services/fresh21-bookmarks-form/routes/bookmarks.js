const { Router } = require('express');
const store = require('../store');

const router = Router();
const invalid = [];

// Form posts come in raw so the same parser handles fetch() bodies and HTML forms.
router.post('/', (req, res) => {
  const params = new URLSearchParams(req.body);
  const url = params.get('url') ?? '';
  if (!URL.canParse(url)) {
    invalid.push(url);
    return res.status(400).json({ error: 'invalid url', url, invalidSoFar: invalid.length });
  }
  const tags = params.getAll('tag').map((t) => t.trim().toLowerCase()).filter(Boolean);
  const bm = store.add({ url, title: params.get('title'), tags });
  res.status(201).json(bm);
});

router.get('/', (req, res) => {
  const q = new URLSearchParams(req.query);
  let list = store.bookmarks;
  if (q.has('tag')) list = list.filter((b) => b.tags.includes(q.get('tag')));
  res.json(list.toSorted((a, b) => b.id - a.id));
});

// The payload the browser extension posts to the sync endpoint: multipart built with FormData.
router.get('/:id/form', async (req, res) => {
  const bm = store.bookmarks.find((b) => b.id === Number(req.params.id));
  if (!bm) return res.sendStatus(404);
  const form = new FormData();
  form.append('url', bm.url);
  form.append('title', bm.title);
  for (const tag of bm.tags) form.append('tag', tag);
  form.set('id', String(bm.id));
  const fields = [];
  for (const [name, value] of form) fields.push(`${name}=${value}`);
  res.json({ fields, tags: form.getAll('tag'), hasTitle: form.has('title'), keys: [...new Set(form.keys())] });
});

router.get('/stats/hosts', (req, res) => {
  const top = [...store.hosts].toSorted((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  res.json({ top, invalid, last: store.bookmarks.at(-1)?.id ?? null });
});

module.exports = router;
