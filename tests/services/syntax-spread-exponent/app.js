// Issue 16, one row: object spread and rest (ES2018) and `**` (ES2016), with module state.
const express = require('express');
const app = express();
app.use(express.json());

let profile = { name: 'ana', theme: 'light', size: 2 };
const history = [];

app.patch('/profile', (req, res) => {
  const { reset, ...changes } = req.body;
  profile = reset ? { name: profile.name, theme: 'light', size: 2 } : { ...profile, ...changes };
  history.push(Object.keys(changes).join(','));
  res.json(profile);
});
app.get('/area', (req, res) => res.json({ area: profile.size ** 2, cube: profile.size ** 3, history }));

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
