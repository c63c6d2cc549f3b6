// An expense splitter (Splitwise-like): groups, even or weighted splits in cents with the remainder spread,
// net balances, greedy suggested transfers, settlements; zod with coercion, error classes with class fields.
const express = require('express');
const groups = require('./routes/groups');

const app = express();
app.use(express.json());
app.use('/groups', groups);

app.use((err, req, res, next) => {
  res.status(err.status ?? 500).json({ error: err.status ? err.message : 'internal error' });
});

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
