// CommonJS interop from an ES module service: a `.cjs` module of the service, a
// `.mjs` one, namespace and named imports of builtins (`node:` prefix too),
// util.promisify, an EventEmitter class imported by name, a JSON import, async handlers.
import express from 'express';
import * as path from 'node:path';
import { promises as fsp } from 'fs';
import { EventEmitter } from 'events';
import util from 'util';
import { fileURLToPath } from 'url';
import legacy from './lib/legacy.cjs';
import textInfo, { join, SEPARATOR } from './lib/text.mjs';
import configAtLoad from './data/config.json' with { type: 'json' };

const here = path.dirname(fileURLToPath(import.meta.url));
const sleep = util.promisify(setTimeout);

const app = express();

app.get('/legacy/:name', (req, res) => {
  const job = new EventEmitter();
  let heard = null;
  job.on('hit', (what) => { heard = what; });
  job.emit('hit', req.params.name);
  res.json({ text: legacy.greet(req.params.name), count: legacy.count(req.params.name), heard });
});

app.get('/text', (req, res) => {
  res.json({ joined: join('a', 'b', req.query.c ?? 'c'), sep: SEPARATOR, info: textInfo.name });
});

app.get('/config', async (req, res) => {
  await sleep(5);
  const config = JSON.parse(await fsp.readFile(path.join(here, 'data', 'config.json'), 'utf8'));
  res.json({ ...config, ext: path.extname('x.json'), same: config.greeting === configAtLoad.greeting });
});

export default app;
if (process.argv[1] === fileURLToPath(import.meta.url)) app.listen(process.env.PORT || 8080);
