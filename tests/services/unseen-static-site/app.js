const express = require('express');
const path = require('node:path');
const fs = require('node:fs/promises');

const app = express();
let downloads = 0;

app.use(express.static(path.join(__dirname, 'public'), { index: 'index.html', extensions: ['html'] }));

app.get('/about', (req, res) => res.sendFile(path.join(__dirname, 'views', 'about.html')));

app.get('/report', (req, res, next) => {
  downloads += 1;
  res.download(path.join(__dirname, 'data', 'report.csv'), `report-${downloads}.csv`, (err) => {
    if (err) next(err);
  });
});

app.get('/missing', (req, res) => {
  res.sendFile(path.join(__dirname, 'views', 'nope.html'), (err) => {
    res.status(err.status ?? 500).json({ code: err.code, status: err.status });
  });
});

app.post('/notes', express.text(), async (req, res) => {
  const file = path.join(__dirname, 'data', 'notes.txt');
  await fs.appendFile(file, `${req.body}\n`);
  const text = await fs.readFile(file, 'utf8');
  res.type('text').send(text);
});

app.get('/downloads', (req, res) => res.json({ downloads }));

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
