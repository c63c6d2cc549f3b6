// Feature flags: a FlagStore made by a static fromJSON factory from a config file
// read at start; rules by user list and by a deterministic percentage (string
// hash); toggles and overrides per user; evaluation counts kept per flag.
const express = require('express');
const fs = require('fs');
const path = require('path');

const hash = (s) => [...s].reduce((h, c) => (h * 31 + c.charCodeAt(0)) >>> 0, 7);

class FlagStore {
  constructor(flags) {
    this.flags = flags;
    this.overrides = new Map();
    this.evaluations = {};
  }

  static fromJSON(text) {
    const { flags } = JSON.parse(text);
    return new FlagStore(Object.fromEntries(flags.map((f) => [f.name, { enabled: true, users: [], percent: 100, ...f }])));
  }

  isOn(name, user) {
    const flag = this.flags[name];
    if (!flag) return undefined;
    this.evaluations[name] = (this.evaluations[name] || 0) + 1;
    const override = this.overrides.get(`${name}:${user}`);
    if (override !== undefined) return override;
    if (!flag.enabled) return false;
    return flag.users.includes(user) || hash(`${name}/${user}`) % 100 < flag.percent;
  }

  toggle(name) {
    this.flags[name].enabled = !this.flags[name].enabled;
    return this.flags[name].enabled;
  }

  override(name, user, value) {
    if (value === null) this.overrides.delete(`${name}:${user}`);
    else this.overrides.set(`${name}:${user}`, value);
  }
}

const flags = FlagStore.fromJSON(fs.readFileSync(path.join(__dirname, 'flags.json'), 'utf8'));
const app = express();
app.use(express.json());

app.get('/flags/:user', (req, res) => {
  const { user } = req.params;
  res.json(Object.fromEntries(Object.keys(flags.flags).map((name) => [name, flags.isOn(name, user)])));
});

app.post('/flags/:name/toggle', (req, res) => {
  if (!flags.flags[req.params.name]) return res.status(404).json({ error: 'unknown flag' });
  res.json({ enabled: flags.toggle(req.params.name) });
});

app.put('/flags/:name/users/:user', (req, res) => {
  flags.override(req.params.name, req.params.user, req.body.value ?? null);
  res.json({ value: flags.isOn(req.params.name, req.params.user) });
});

app.get('/stats', (req, res) => res.json({ evaluations: flags.evaluations, overrides: flags.overrides.size }));

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
