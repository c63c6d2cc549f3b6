// Issue 16, one row: named capture groups `(?<year>...)` (ES2018), dates kept as state.
const express = require('express');
const app = express();

const DATE = /(?<year>\d{4})-(?<month>\d{2})-(?<day>\d{2})/u;
const byYear = {};

app.post('/dates/:text', (req, res) => {
  const match = DATE.exec(req.params.text);
  if (!match) return res.status(400).json({ error: 'not a date' });
  const { year, month, day } = match.groups;
  (byYear[year] ??= []).push(`${day}/${month}`);
  res.json({ swapped: req.params.text.replace(DATE, '$<day>.$<month>.$<year>'), byYear });
});

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
