// Users and teams in repositories registered in a Symbol-keyed registry; routes take the repo's
// methods apart: arrow class fields destructured (`const { create } = repo`), a method bound with
// repo.find.bind(repo), another called through Function.prototype.call, and a membership helper
// applied with Reflect.apply. The rows live in private fields, call counters in public fields; a
// snapshot method keyed by a module Symbol counts its own calls.
const express = require('express');
const Repository = require('./src/repository');
const { registry, kinds } = require('./src/registry');
const makeRoutes = require('./src/routes');

for (const name of Object.keys(kinds)) registry.register(kinds[name], new Repository(name));

const app = express();
app.use(express.json());
app.use('/users', makeRoutes('users'));
app.use('/teams', makeRoutes('teams'));

function join(teamId, userId) {
  const team = this.get(kinds.teams).find(teamId);
  const user = Function.prototype.call.call(Repository.prototype.find, this.get(kinds.users), userId);
  if (!team || !user) return null;
  team.members = [...(team.members ?? []), user.name];
  return team;
}

app.post('/teams/:id/members', (req, res) => {
  const team = Reflect.apply(join, registry, [req.params.id, req.body.userId]);
  return team ? res.json(team) : res.status(404).json({ error: 'no such team or user' });
});

app.get('/stats', (req, res) => {
  const out = {};
  for (const name of Object.keys(kinds)) out[name] = registry.get(kinds[name])[Repository.kSnapshot]();
  res.json({ repos: registry.size, repositories: out });
});

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
