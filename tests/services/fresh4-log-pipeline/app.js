// A log pipeline: an access log read line by line with readline (for await),
// parsed by an async generator, filtered and summed; an upload is streamed
// through stream/promises pipeline with an async-generator transform into a
// file; a `for await` over an async generator of pages drives a report.
const fs = require('node:fs');
const path = require('node:path');
const readline = require('node:readline');
const { Readable } = require('node:stream');
const { pipeline } = require('node:stream/promises');
const express = require('express');

const LOG = path.join(__dirname, 'data', 'access.log');
const OUT = path.join(__dirname, 'data', 'upper.txt');
const stats = { scans: 0, lines: 0, uploads: 0 };

async function* parse(lines) {
  for await (const line of lines) {
    if (!line.trim()) continue;
    const [method, route, status, ms] = line.split(' ');
    yield { method, route, status: Number(status), ms: Number(ms) };
  }
}

async function scan(filter = () => true) {
  stats.scans += 1;
  const rl = readline.createInterface({ input: fs.createReadStream(LOG), crlfDelay: Infinity });
  const out = [];
  for await (const entry of parse(rl)) {
    stats.lines += 1;
    if (filter(entry)) out.push(entry);
  }
  return out;
}

async function* pages(items, size) {
  for (let i = 0; i < items.length; i += size) {
    await null;
    yield items.slice(i, i + size);
  }
}

const app = express();
app.use(express.text());

app.get('/requests', async (req, res, next) => {
  try {
    const status = req.query.status ? Number(req.query.status) : null;
    const found = await scan((e) => status === null || e.status === status);
    res.json({ count: found.length, routes: found.map((e) => `${e.method} ${e.route}`), stats });
  } catch (err) {
    next(err);
  }
});

app.get('/slowest', async (req, res) => {
  const all = await scan();
  const pageSums = [];
  for await (const page of pages(all, 2)) pageSums.push(page.reduce((s, e) => s + e.ms, 0));
  res.json({ slowest: all.reduce((a, b) => (b.ms > a.ms ? b : a)).route, pageSums });
});

app.post('/upload', async (req, res, next) => {
  try {
    let chunks = 0;
    await pipeline(
      Readable.from(String(req.body).split(/(?<=\n)/)),
      async function* upper(source) {
        for await (const chunk of source) {
          chunks += 1;
          yield String(chunk).toUpperCase();
        }
      },
      fs.createWriteStream(OUT),
    );
    stats.uploads += 1;
    res.status(201).json({ chunks, uploads: stats.uploads });
  } catch (err) {
    next(err);
  }
});

app.get('/upload', (req, res) => {
  fs.readFile(OUT, 'utf8', (err, text) => {
    if (err) return res.status(404).json({ error: err.code });
    res.type('text').send(text);
  });
});

app.use((err, req, res, next) => {
  res.status(500).json({ error: err.code ?? err.message });
});

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
