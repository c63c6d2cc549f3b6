const { issues } = require('../store');

module.exports = async function loadIssue(req, res, next) {
  const n = Number(req.params.number);
  if (!Number.isInteger(n)) {
    const err = new Error('issue number must be an integer');
    err.status = 400;
    throw err;
  }
  req.issue = issues.get(n);
  if (!req.issue) return res.status(404).json({ error: `issue #${n} not found` });
  next();
};
