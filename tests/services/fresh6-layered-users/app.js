// Users and teams in the usual layers: routes -> controllers -> services ->
// repositories -> a db.js in-memory store required from several files, a
// frozen config.js, a repository singleton (module.exports = new UserRepo())
// and services/controllers instantiated here and injected by constructor.
const express = require('express');
const config = require('./config');
const userRepo = require('./repositories/user-repo');
const teamRepo = require('./repositories/team-repo');
const UserService = require('./services/user-service');
const TeamService = require('./services/team-service');
const UserController = require('./controllers/user-controller');
const makeTeamController = require('./controllers/team-controller');
const routes = require('./routes');
const { AppError } = require('./errors');

const userService = new UserService(userRepo, config);
const teamService = new TeamService({ teamRepo, userService, config });

const app = express();
app.use(express.json());
app.use('/api', routes({
  userController: new UserController(userService),
  teamController: makeTeamController(teamService),
}));

app.use((req, res) => {
  res.status(404).json({ error: 'not_found', path: req.originalUrl });
});

// eslint-disable-next-line no-unused-vars
app.use((err, req, res, next) => {
  if (err instanceof AppError) {
    const body = { error: err.code, message: err.message };
    if (err.fields) body.fields = err.fields;
    return res.status(err.status).json(body);
  }
  res.status(500).json({ error: 'INTERNAL', message: 'something went wrong' });
});

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
