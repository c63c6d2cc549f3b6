// Logins and user preferences with cookie-parser: a signed session cookie
// (res.cookie(..., { signed: true }) read from req.signedCookies), an unsigned
// "lang" cookie read from req.cookies, a one-shot flash cookie cleared on read,
// sessions in a Map in a local module.
const express = require('express');
const cookieParser = require('cookie-parser');
const sessions = require('./lib/sessions');

const app = express();
app.use(express.json());
app.use(cookieParser('not-so-secret'));

const THEMES = new Set(['light', 'dark', 'solarized']);

function loadSession(req, res, next) {
  req.session = sessions.get(req.signedCookies.sid);
  if (req.session) req.session.prefs.visits++;
  next();
}

const requireLogin = (req, res, next) =>
  req.session ? next() : res.status(401).json({ error: 'log in first' });

app.use(loadSession);

app.post('/login', (req, res) => {
  const user = req.body?.user;
  if (!user) return res.status(400).json({ error: 'user required' });
  const sid = sessions.create(user);
  res.cookie('sid', sid, { signed: true, httpOnly: true, sameSite: 'lax' });
  res.cookie('flash', `welcome ${user}`);
  res.json({ ok: true, active: sessions.active });
});

app.get('/me', requireLogin, (req, res) => {
  const flash = req.cookies.flash ?? null;
  if (flash) res.clearCookie('flash');
  res.json({
    user: req.session.user,
    prefs: req.session.prefs,
    lang: req.cookies.lang ?? req.session.prefs.lang,
    flash,
  });
});

app.patch('/me/prefs', requireLogin, (req, res) => {
  const { theme, lang } = req.body ?? {};
  if (theme !== undefined && !THEMES.has(theme)) {
    return res.status(422).json({ error: `theme must be one of ${[...THEMES].join(', ')}` });
  }
  Object.assign(req.session.prefs, theme && { theme }, lang && { lang });
  if (lang) res.cookie('lang', lang, { maxAge: 86_400_000 });
  res.json(req.session.prefs);
});

app.post('/logout', (req, res) => {
  const existed = sessions.destroy(req.signedCookies.sid);
  res.clearCookie('sid').clearCookie('lang');
  res.json({ existed, active: sessions.active });
});

app.get('/cookies', (req, res) => {
  res.json({ plain: Object.keys(req.cookies).sort(), signed: Object.keys(req.signedCookies).sort() });
});

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
