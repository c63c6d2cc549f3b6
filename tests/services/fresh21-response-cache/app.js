const express = require('express');
const cache = require('./lib/cache');
const { render, count } = require('./lib/render');

const app = express();

async function sendResponse(res, response, extra = {}) {
  res.status(response.status);
  for (const [name, value] of response.headers) res.setHeader(name, value);
  for (const [name, value] of Object.entries(extra)) res.setHeader(name, value);
  res.end(Buffer.from(await response.arrayBuffer()));
}

app.get('/greet/:name', async (req, res) => {
  const lang = req.acceptsLanguages('en', 'fr', 'de') || 'en';
  const key = `${req.params.name}|${lang}`;
  let response = await cache.match(key);
  const hit = Boolean(response);
  if (!response) {
    response = await render(req.params.name, lang);
    cache.put(key, response);
  }
  if (req.get('if-none-match') && req.get('if-none-match') === response.headers.get('etag')) {
    return res.status(304).set('x-cache', hit ? 'hit' : 'miss').end();
  }
  await sendResponse(res, response, { 'x-cache': hit ? 'hit' : 'miss' });
});

app.delete('/cache/:name/:lang', (req, res) => {
  res.json({ removed: cache.remove(`${req.params.name}|${req.params.lang}`) });
});

app.get('/cache', (req, res) => res.json({ entries: cache.keys(), stats: cache.stats, renders: count() }));

app.listen(process.env.PORT || 3000);
