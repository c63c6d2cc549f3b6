const express = require('express');
const { User, Post } = require('./models');

const app = express();
app.use(express.json());

app.post('/users', (req, res) => res.status(201).json(User.create(req.body)));
app.post('/users/:id/posts', (req, res) => {
  const author = User.store.get(Number(req.params.id));
  if (!author) return res.status(404).json({ error: 'no such user' });
  res.status(201).json(Post.create({ authorId: author.id, title: req.body.title }));
});
app.get('/users', (req, res) => res.json(User.all().map((u) => u.display)));
app.get('/users/:id/posts', (req, res) => res.json(Post.byAuthor(Number(req.params.id))));
app.get('/counts', (req, res) => res.json({ users: User.store.size, posts: Post.store.size, nextUser: User.nextId, nextPost: Post.nextId }));

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
