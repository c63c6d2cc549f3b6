import express from 'express';
import cookieParser from 'cookie-parser';
import sessions, { SessionStore } from './lib/sessions';
import { activity } from './lib/activity';
import { tokenCount } from './lib/tokens';
import cart from './routes/cart';

const app = express();
app.use(express.json());
app.use(cookieParser());

app.post('/login', (req, res) => {
  const token = sessions.create(req.body.user);
  res.cookie('sid', token, { httpOnly: true }).json({ ok: true, sessions: sessions.size });
});

app.post('/logout', (req, res) => {
  res.clearCookie('sid').json({ ended: sessions.destroy(req.cookies.sid) });
});

app.use('/cart', cart);

app.get('/admin', (req, res) => {
  res.json({ live: sessions.size, ticks: sessions.ticks, stores: SessionStore.stores, tokens: tokenCount(), ...activity() });
});

const port = process.env.PORT ?? 4000;
app.listen(port, () => process.env.NODE_ENV !== 'production' && console.log(`listening on ${port}`));
