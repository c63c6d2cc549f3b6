// Projects -> tasks -> comments on routers with mergeParams, an app.param loader
// putting the project on req, a router.param loader for the task, route()
// chains, and res.locals set by a middleware factory and read further down.
const express = require('express');
const loadProject = require('./middleware/load-project');
const context = require('./middleware/context');
const projects = require('./routes/projects');

const app = express();
app.use(express.json());
app.use(context());

app.param('slug', loadProject);

app.use('/projects', projects);
app.get('/whoami', (req, res) => res.json({ user: res.locals.user, requestNo: res.locals.requestNo }));
app.get('/projects/:slug/summary', (req, res) => {
  const open = req.project.tasks.filter((t) => t.status === 'open').length;
  res.json({ slug: req.project.slug, open, done: req.project.tasks.length - open });
});

app.use((req, res) => res.status(404).json({ error: 'route not found', method: req.method }));

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
