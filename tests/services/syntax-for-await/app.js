// Issue 16, one row: `for await (... of ...)` (ES2018) over an async generator and an array of promises.
const express = require('express');
const app = express();

const log = [];

async function* pages(count) {
  for (let i = 1; i <= count; i++) yield await Promise.resolve(`page ${i}`);
}

app.post('/read/:count', async (req, res) => {
  const seen = [];
  for await (const page of pages(Number(req.params.count))) seen.push(page);
  for await (const n of [Promise.resolve(1), 2, Promise.resolve(3)]) seen.push(n);
  log.push(seen.length);
  res.json({ seen, log });
});

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
