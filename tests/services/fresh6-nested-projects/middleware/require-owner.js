module.exports = (req, res, next) => {
  if (req.project.owner !== res.locals.user) {
    return res.status(403).json({ error: `${res.locals.user} does not own ${req.project.slug}` });
  }
  next();
};
