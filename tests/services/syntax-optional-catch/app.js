// Issue 16, one row: optional catch binding `catch { }` (ES2019), with module state.
const express = require('express');
const app = express();
app.use(express.text());

const parsed = [];
let failures = 0;

app.post('/parse', (req, res) => {
  try {
    parsed.push(JSON.parse(req.body));
  } catch {
    failures++;
  }
  res.json({ parsed: parsed.length, failures });
});

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
