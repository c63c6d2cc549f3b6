import { hooks } from '../lib/hooks.js';

// Registers hooks rather than routes: slugs every saved doc and keeps a tally of them.
export default function slugs({ separator = '-' } = {}) {
  const seen = new Map();
  hooks.before('save', (doc) => {
    const base = doc.text.toLowerCase().replace(/[^a-z0-9]+/g, separator).replace(/^-+|-+$/g, '') || 'note';
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return { ...doc, slug: n === 1 ? base : `${base}${separator}${n}` };
  });
  return (req, res, next) => {
    if (req.path === '/_slugs') return res.json(Object.fromEntries(seen));
    next();
  };
}
