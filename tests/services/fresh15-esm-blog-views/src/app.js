import path from 'node:path';
import { fileURLToPath } from 'node:url';
import express from 'express';
import cookieSession from 'cookie-session';

import posts from './routes/posts.js';
import { flash } from './middleware/flash.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

const app = express();

app.set('view engine', 'ejs');
app.set('views', path.join(root, 'views'));
app.locals.siteName = process.env.SITE_NAME ?? 'Field Notes';

app.use(express.urlencoded({ extended: false }));
app.use(
  cookieSession({
    name: 'blog',
    keys: [process.env.COOKIE_KEY ?? 'not-a-secret-in-dev'],
    maxAge: 24 * 60 * 60 * 1000,
  }),
);
app.use(flash());
app.use((req, res, next) => {
  res.locals.author = req.session.author ?? null;
  next();
});

app.post('/login', (req, res) => {
  const name = String(req.body.name ?? '').trim();
  if (!name) {
    req.flash('error', 'Please tell us your name');
  } else {
    req.session.author = name;
    req.flash('info', `Welcome, ${name}`);
  }
  res.redirect(303, '/');
});

app.post('/logout', (req, res) => {
  req.session = null;
  res.redirect(303, '/');
});

app.use('/', posts);

app.use((req, res) => res.status(404).render('404', { title: 'Not found', url: req.originalUrl }));

export default app;
