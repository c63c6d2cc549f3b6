// A blog API over several files: routes/posts.js on express-promise-router, store.js an async
// in-memory store making slugs with slugify (extended in main), xss cleaning bodies and
// comments with a whitelist, http-errors for the statuses, one error middleware.
const express = require('express');
const createError = require('http-errors');
const posts = require('./routes/posts');

const app = express();
app.use(express.json());
app.use('/posts', posts);

app.use((req, res, next) => next(createError(404, `nothing at ${req.path}`)));

app.use((err, req, res, next) => {
  res.status(err.status || 500).json({ error: err.name, message: err.expose ? err.message : 'oops', field: err.field });
});

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
