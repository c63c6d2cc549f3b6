// An app made of sub-apps, as larger Express codebases are: a blog app and an admin app mounted with
// app.use(path, subApp); the blog keeps its posts in its own app.locals and writes the parent's
// locals in its 'mount' listener; the admin toggles a setting with app.set and reads the parent
// through req.app.parent; the parent checks the admin's setting in a middleware.
'use strict';
const express = require('express');
const blog = require('./apps/blog');
const admin = require('./apps/admin');

const app = express();
app.locals.blogPosts = () => blog.locals.posts.length;

app.use((req, res, next) => {
  if (admin.enabled('maintenance') && !req.path.startsWith('/admin')) {
    return res.status(503).json({ error: 'maintenance' });
  }
  next();
});

app.use('/blog', blog);
app.use('/admin', admin);
app.get('/', (req, res) => res.json({ sections: app.locals.sections }));

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
