// A blog API split over routers in the same file: posts and, nested with
// mergeParams, their comments; slugs made by a helper; a NotFound error class
// thrown by a lookup helper; a 404 catch-all and an error handler at the end.
const express = require('express');

class NotFound extends Error {
  status = 404;
  constructor(what) {
    super(`${what} not found`);
  }
}

const posts = [];
const slugify = (title) => title.toLowerCase().trim().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

function findPost(slug) {
  const post = posts.find((p) => p.slug === slug);
  if (!post) throw new NotFound(`post "${slug}"`);
  return post;
}

function uniqueSlug(title) {
  const base = slugify(title);
  let slug = base;
  for (let n = 2; posts.some((p) => p.slug === slug); n++) slug = `${base}-${n}`;
  return slug;
}

const postsRouter = express.Router();
const commentsRouter = express.Router({ mergeParams: true });

postsRouter.get('/', (req, res) => {
  const { tag } = req.query;
  const list = tag ? posts.filter((p) => p.tags.includes(tag)) : posts;
  res.json(list.map(({ slug, title, comments }) => ({ slug, title, comments: comments.length })));
});

postsRouter.post('/', (req, res) => {
  const { title, tags = [] } = req.body;
  const post = { slug: uniqueSlug(title), title, tags, comments: [] };
  posts.push(post);
  res.status(201).location(`/posts/${post.slug}`).json(post);
});

postsRouter.get('/:slug', (req, res) => res.json(findPost(req.params.slug)));
postsRouter.use('/:slug/comments', commentsRouter);

commentsRouter.post('/', (req, res) => {
  const post = findPost(req.params.slug);
  const comment = { n: post.comments.length + 1, author: req.body.author ?? 'anonymous', text: req.body.text };
  post.comments.push(comment);
  res.status(201).json(comment);
});

commentsRouter.delete('/:n', (req, res) => {
  const post = findPost(req.params.slug);
  const index = post.comments.findIndex((c) => c.n === Number(req.params.n));
  if (index < 0) throw new NotFound(`comment ${req.params.n}`);
  post.comments.splice(index, 1);
  res.sendStatus(204);
});

const app = express();
app.use(express.json());
app.use('/posts', postsRouter);
app.use((req, res) => res.status(404).json({ error: `no route for ${req.method} ${req.path}` }));
app.use((err, req, res, next) => res.status(err.status ?? 500).json({ error: err.message }));

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
