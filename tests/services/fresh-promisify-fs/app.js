// A promise pipeline over files: util.promisify(fs.readFile), Promise.all over three
// reads, .then().catch(next), fs.promises writes, a custom Error subclass mapped by
// an error middleware, a module-level counter of reads.
const express = require('express');
const fs = require('fs');
const path = require('path');
const util = require('util');

const readFile = util.promisify(fs.readFile);
const dataDir = path.join(__dirname, 'data');
let reads = 0;

class FileMissingError extends Error {
  constructor(name) {
    super(`no such file: ${name}`);
    this.name = 'FileMissingError';
    this.file = name;
  }
}

function read(name) {
  reads += 1;
  return readFile(path.join(dataDir, path.basename(name)), 'utf8').catch((err) => {
    if (err.code === 'ENOENT') throw new FileMissingError(name);
    throw err;
  });
}

const app = express();
app.use(express.text());

app.get('/summary', (req, res, next) => {
  Promise.all([read('a.txt'), read('config.json'), read('words.txt')])
    .then(([a, config, words]) => {
      const { title, retries = 0 } = JSON.parse(config);
      res.json({ lines: a.trim().split('\n').length, title, retries, words: words.split(/\s+/).filter(Boolean).length });
    })
    .catch(next);
});

app.get('/files/:name', (req, res, next) => {
  read(req.params.name)
    .then((text) => res.type('text/plain').send(text))
    .catch(next);
});

app.put('/files/:name', async (req, res, next) => {
  try {
    await fs.promises.writeFile(path.join(dataDir, path.basename(req.params.name)), req.body);
    const stat = await fs.promises.stat(path.join(dataDir, path.basename(req.params.name)));
    res.status(201).json({ size: stat.size });
  } catch (err) {
    next(err);
  }
});

app.get('/reads', (req, res) => res.json({ reads }));

app.use((err, req, res, next) => {
  if (err instanceof FileMissingError) return res.status(404).json({ error: err.message, file: err.file });
  if (err instanceof SyntaxError) return res.status(500).json({ error: 'bad config' });
  next(err);
});

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
