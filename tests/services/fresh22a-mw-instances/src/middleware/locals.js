'use strict';

// Counts requests per mount in app.locals and exposes a trail in res.locals.
exports.tally = (label) => (req, res, next) => {
  const counters = req.app.locals.counters;
  counters[label] = (counters[label] ?? 0) + 1;
  (res.locals.trail ??= []).push(label);
  next();
};

exports.stamp = (req, res, next) => {
  res.locals.trail ??= [];
  res.locals.trail.push('stamp');
  res.locals.servedBy = req.app.locals.instanceName;
  next();
};
