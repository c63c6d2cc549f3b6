const path = require('node:path');
const express = require('express');
const helmet = require('helmet');
const nunjucks = require('nunjucks');
const routes = require('./routes/wiki');

const app = express();
app.locals.filterCalls = {};
app.locals.siteName = 'Tiny Wiki';

const env = nunjucks.configure(path.join(__dirname, '..', 'views'), { autoescape: true, express: app });
env.addFilter('plural', (n, word) => {
  app.locals.filterCalls.plural = (app.locals.filterCalls.plural || 0) + 1;
  return `${n} ${word}${n === 1 ? '' : 's'}`;
});
env.addFilter('initials', (name) => {
  app.locals.filterCalls.initials = (app.locals.filterCalls.initials || 0) + 1;
  return name.split(/\s+/).map((w) => w[0].toUpperCase()).join('');
});
env.addGlobal('year', 2026);

app.set('view engine', 'njk');
app.use(helmet({ contentSecurityPolicy: false }));
app.use(express.urlencoded({ extended: false }));
app.use(routes);

app.use((req, res) => res.status(404).render('error.njk', { status: 404, message: 'Not found' }));
app.use((err, req, res, next) => {
  res.status(err.status || 500).render('error.njk', { status: err.status || 500, message: err.expose ? err.message : 'Something broke' });
});

module.exports = app;
