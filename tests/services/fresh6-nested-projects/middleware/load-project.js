const store = require('../lib/store');

// Used as app.param('slug', ...) and router.param('slug', ...): app.param only
// fires for routes defined on the app itself.
module.exports = function loadProject(req, res, next, slug) {
  const project = store.findProject(slug);
  if (!project) return res.status(404).json({ error: `no project ${slug}` });
  req.project = project;
  next();
};
