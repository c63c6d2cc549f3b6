import { Router } from 'express';
import { posts, comments, tagIndex, nextCommentId, markPublished } from '../lib/store.js';
import { uniqueSlug, indexTags, unindexTags, summary } from '../lib/utils.js';
import { validate, postSchema, commentSchema } from '../lib/validate.js';

const router = Router();
let version = 0;

router.param('slug', (req, res, next, slug) => {
  const post = posts.get(slug);
  if (!post) return res.status(404).json({ error: `no post ${slug}` });
  req.post = post;
  next();
});

router.get('/', (req, res) => {
  const { tag, q } = req.query;
  let list = [...posts.values()].filter((p) => !p.draft);
  if (tag) list = list.filter((p) => tagIndex.get(tag)?.has(p.slug));
  if (q) list = list.filter((p) => `${p.title} ${p.body}`.toLowerCase().includes(q.toLowerCase()));
  res.set('X-Blog-Version', String(version)).json(list.map(summary));
});

router.post('/', validate(postSchema), (req, res) => {
  const { title, body, tags, draft = false } = req.valid;
  const slug = uniqueSlug(title);
  const post = { slug, title, body, tags, draft, rev: 1 };
  posts.set(slug, post);
  comments.set(slug, []);
  indexTags(slug, tags);
  if (!draft) markPublished(slug);
  version++;
  res.status(201).location(`/posts/${slug}`).json(post);
});

router.get('/:slug', (req, res) => {
  res.json({ ...req.post, comments: comments.get(req.post.slug).length });
});

router.patch('/:slug', validate(postSchema, true), (req, res) => {
  const post = req.post;
  const { tags, draft, ...fields } = req.valid;
  if (tags) {
    unindexTags(post.slug, post.tags);
    indexTags(post.slug, tags);
    post.tags = tags;
  }
  if (draft === false && post.draft) markPublished(post.slug);
  post.draft = draft ?? post.draft;
  Object.assign(post, fields);
  post.rev += 1;
  version++;
  res.json(post);
});

router.delete('/:slug', (req, res) => {
  const { slug, tags } = req.post;
  unindexTags(slug, tags);
  posts.delete(slug);
  comments.delete(slug);
  version++;
  res.sendStatus(204);
});

router.post('/:slug/comments', validate(commentSchema), async (req, res) => {
  if (req.post.draft) throw Object.assign(new Error('comments are closed on drafts'), { status: 409 });
  const comment = { id: nextCommentId(), ...req.valid };
  comments.get(req.post.slug).push(comment);
  res.status(201).json(comment);
});

router.get('/:slug/comments{/:id}', (req, res) => {
  const list = comments.get(req.post.slug);
  if (req.params.id === undefined) return res.json(list);
  const found = list.find((c) => c.id === Number(req.params.id));
  found ? res.json(found) : res.status(404).json({ error: 'no such comment' });
});

export default router;
