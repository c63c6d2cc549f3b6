// User settings as nested objects with defaults merged by spread, a settings object
// with getters/setters that validate, Object.assign patches, delete of keys,
// optional chaining and ?? for reads, a change history.
const express = require('express');

const DEFAULTS = Object.freeze({ theme: 'light', notifications: { email: true, sms: false }, lang: 'en' });

const site = {
  _maintenance: false,
  _banner: null,
  changes: 0,
  get maintenance() { return this._maintenance; },
  set maintenance(on) {
    this._maintenance = Boolean(on);
    this.changes++;
  },
  get banner() { return this._banner ?? '(none)'; },
  set banner(text) {
    if (text !== null && text.length > 20) throw new RangeError('banner too long');
    this._banner = text;
    this.changes++;
  },
};

const users = {};
const history = [];

const settingsOf = (user) => ({
  ...DEFAULTS, ...users[user],
  notifications: { ...DEFAULTS.notifications, ...users[user]?.notifications },
});

const app = express();
app.use(express.json());

app.get('/settings/:user', (req, res) => res.json(settingsOf(req.params.user)));

app.patch('/settings/:user', (req, res) => {
  const { user } = req.params;
  const current = (users[user] ??= {});
  const { notifications, ...rest } = req.body;
  Object.assign(current, rest);
  if (notifications) current.notifications = { ...current.notifications, ...notifications };
  history.push(`${user}:${Object.keys(req.body).join('+')}`);
  res.json(settingsOf(user));
});

app.delete('/settings/:user/:key', (req, res) => {
  const removed = delete users[req.params.user]?.[req.params.key];
  history.push(`${req.params.user}:-${req.params.key}`);
  res.json({ removed, settings: settingsOf(req.params.user) });
});

app.put('/site', (req, res) => {
  try {
    if ('maintenance' in req.body) site.maintenance = req.body.maintenance;
    if ('banner' in req.body) site.banner = req.body.banner;
    res.json({ maintenance: site.maintenance, banner: site.banner, changes: site.changes });
  } catch (err) {
    res.status(400).json({ error: err.message, changes: site.changes });
  }
});

app.get('/history', (req, res) => res.json({ history, users: Object.keys(users), lastTheme: users.ann?.theme ?? null }));

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
