// Posts and their comments on express-promise-router: handlers return promises, a rejected one
// goes to the error middleware, and a middleware resolving with 'next' or 'route' skips on.
const Router = require('express-promise-router');
const createError = require('http-errors');
const { FilterXSS } = require('xss');
const store = require('../store');

const clean = new FilterXSS({ whiteList: { b: [], i: [], a: ['href'] }, stripIgnoreTag: true });
const router = Router();
let views = 0;

router.param('slug', async (req, res, next, slug) => {
  req.post = await store.bySlug(slug);
  if (!req.post) throw createError(404, `no post '${slug}'`);
  return 'next';
});

router.get('/', async (req, res) => {
  const list = await store.list(req.query.tag);
  res.json(list.map((p) => ({ slug: p.slug, title: p.title, comments: p.comments.length })));
});

router.post('/', async (req, res) => {
  if (!req.body.title) throw createError(422, 'a post needs a title', { expose: true, field: 'title' });
  const post = await store.create({ title: req.body.title, body: clean.process(req.body.body || ''), tags: req.body.tags });
  res.status(201).location(`/posts/${post.slug}`).json(post);
});

router.get('/:slug', async (req, res) => {
  if (req.query.raw === '1') return 'route';
  views += 1;
  res.json({ ...req.post, views });
});

router.get('/:slug', async (req, res) => {
  res.type('text').send(`${req.post.title}\n\n${req.post.body}`);
});

router.post('/:slug/comments', async (req, res) => {
  const text = clean.process(req.body.text || '');
  if (!text.trim()) throw createError(400, 'empty comment');
  req.post.comments.push({ n: req.post.comments.length + 1, text });
  res.status(201).json(req.post.comments);
});

router.delete('/:slug', async (req, res) => {
  if (req.get('x-role') !== 'admin') throw createError.Forbidden();
  await store.remove(req.post);
  res.status(204).end();
});

module.exports = router;
