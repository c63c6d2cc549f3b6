'use strict';
const express = require('express');

const blog = express();
blog.locals.posts = [];
blog.locals.title = 'Blog';
let mountedAt = null;

blog.on('mount', (parent) => {
  mountedAt = blog.mountpath;
  parent.locals.sections = [...(parent.locals.sections ?? []), blog.locals.title];
});

blog.use(express.json());

blog.post('/posts', (req, res) => {
  const post = { id: blog.locals.posts.length + 1, title: req.body.title, url: `${req.baseUrl}/posts/${blog.locals.posts.length + 1}` };
  blog.locals.posts.push(post);
  res.status(201).json(post);
});

blog.get('/posts/:id', (req, res) => {
  const post = req.app.locals.posts.find((p) => p.id === Number(req.params.id));
  post ? res.json({ ...post, section: req.app.locals.title, mountedAt }) : res.sendStatus(404);
});

module.exports = blog;
