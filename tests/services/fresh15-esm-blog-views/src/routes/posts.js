import { Router } from 'express';
import * as store from '../store/posts.js';

const router = Router();

const requireAuthor = (req, res, next) => {
  if (req.session.author) return next();
  req.flash('error', 'Log in to write');
  return res.redirect(303, '/');
};

router.get('/', (req, res) => {
  const tag = req.query.tag;
  res.render('index', { title: tag ? `Tagged ${tag}` : 'Latest', posts: store.list({ tag }) });
});

router.get('/new', requireAuthor, (req, res) => {
  res.render('new', { title: 'New post', values: {}, errors: [] });
});

router.post('/posts', requireAuthor, (req, res) => {
  const { title = '', body = '', tags = '' } = req.body;
  const errors = [];
  if (title.trim().length < 3) errors.push('Title is too short');
  if (!body.trim()) errors.push('Write something');
  if (errors.length) {
    return res.status(422).render('new', { title: 'New post', values: { title, body, tags }, errors });
  }
  const post = store.create({ title: title.trim(), body, tags, author: req.session.author });
  req.flash('info', `Published “${post.title}”`);
  return res.redirect(303, `/posts/${post.slug}`);
});

router.get('/posts/:slug', (req, res, next) => {
  const post = store.read(req.params.slug);
  if (!post) return next();
  return res.render('post', { title: post.title, post, views: store.viewsOf(post.slug) });
});

router.post('/posts/:slug/comments', (req, res, next) => {
  if (!store.find(req.params.slug)) return next();
  const text = String(req.body.text ?? '').trim();
  if (text) {
    store.comment(req.params.slug, { author: req.session.author ?? 'anonymous', text });
  } else {
    req.flash('error', 'Empty comment ignored');
  }
  return res.redirect(303, `/posts/${req.params.slug}#comments`);
});

router.post('/posts/:slug/delete', requireAuthor, (req, res, next) => {
  const post = store.find(req.params.slug);
  if (!post) return next();
  if (post.author !== req.session.author) return res.status(403).type('text').send('Only the author may delete this post');
  store.remove(post.slug);
  req.flash('info', 'Post deleted');
  return res.redirect(303, '/');
});

export default router;
