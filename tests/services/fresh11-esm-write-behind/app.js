// Write-behind settings: PUTs change a cache class at once and reset a private debounce timer
// (clearTimeout/setTimeout kept in a private field); the flush, a private async method, writes a JSON
// file with fs/promises and records which keys it carried. Reads after the quiet period see the file.
import express from 'express';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { WriteBehindCache } from './src/writeBehind.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const settings = new WriteBehindCache(path.join(here, 'data', 'settings.json'), { delayMs: 1500 });

const app = express();
app.use(express.json());

app.put('/settings/:key', (req, res) => {
  const pending = settings.set(req.params.key, req.body.value);
  res.json({ key: req.params.key, value: settings.get(req.params.key), pending });
});

app.get('/settings/:key', (req, res) => {
  const value = settings.get(req.params.key);
  value === undefined ? res.sendStatus(404) : res.json({ value });
});

app.get('/status', (req, res) => res.json(settings.status));
app.get('/disk', async (req, res) => res.json(await settings.onDisk()));

export default app;
if (process.argv[1] === fileURLToPath(import.meta.url)) app.listen(process.env.PORT || 8080);
