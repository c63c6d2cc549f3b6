// Sessions kept in a Map keyed by a cookie signed with cookie-parser's secret, a cart in each
// session, Express 5's req.body left undefined when no parser ran, and a logout clearing the cookie.
import express from 'express';
import cookieParser from 'cookie-parser';
import { fileURLToPath } from 'node:url';
import { session, store } from './lib/session-store.js';
import cart from './routes/cart.js';

const app = express();
app.use(cookieParser('keyboard cat'));
app.use(express.json());
app.use(express.urlencoded());
app.use(session());

app.use('/cart', cart);

app.post('/logout', (req, res) => {
  store.destroy(req.session.id);
  res.clearCookie('sid');
  res.json({ bye: req.session.id, ...store.stats });
});

app.get('/whoami', (req, res) => {
  res.json({ id: req.session.id, hits: req.session.hits, lastOrder: req.session.data.lastOrder ?? null, ...store.stats });
});

export default app;
if (process.argv[1] === fileURLToPath(import.meta.url)) app.listen(process.env.PORT || 8080);
