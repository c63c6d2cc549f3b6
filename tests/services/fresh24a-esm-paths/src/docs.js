import { Router } from 'express';

// Documentation pages by version, the version optional: /docs/:slug is the latest.
const pages = {};
let latest = 'v1';
const views = new Map();

export const docs = Router();

docs.put('{/:version}/:slug', (req, res) => {
  const version = req.params.version ?? latest;
  (pages[version] ??= {})[req.params.slug] = req.body?.text ?? '';
  if (version > latest) latest = version;
  res.status(201).json({ version, slug: req.params.slug, latest });
});

docs.get('{/:version}/:slug', (req, res) => {
  const { version = latest, slug } = req.params;
  const text = pages[version]?.[slug];
  if (text === undefined) return res.status(404).json({ missing: `${version}/${slug}` });
  const key = `${version}/${slug}`;
  views.set(key, (views.get(key) ?? 0) + 1);
  res.json({ version, slug, text, views: views.get(key), explicit: 'version' in req.params && req.params.version !== undefined });
});

docs.get('/', (req, res) => {
  res.json({ latest, versions: Object.keys(pages).toSorted(), views: Object.fromEntries(views) });
});
