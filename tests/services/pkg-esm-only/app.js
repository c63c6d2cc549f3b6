// Settings for a team, kept in memory, with three ES-module-only packages as they are
// installed today: query-string for filters, dot-prop for nested paths, camelcase keys.
import express from 'express';
import queryString from 'query-string';
import { getProperty, setProperty, deleteProperty, hasProperty } from 'dot-prop';
import camelCase from 'camelcase';
import { fileURLToPath } from 'node:url';

const settings = { theme: { mode: 'light' }, notifications: { email: true } };
const history = [];

const app = express();
app.use(express.json());

app.get('/settings', (req, res) => {
  const { only, ...rest } = queryString.parse(req.url.split('?')[1] ?? '', { parseBooleans: true, arrayFormat: 'comma' });
  res.json({ value: only ? getProperty(settings, only) : settings, filters: rest });
});

app.put('/settings/*', (req, res) => {
  const path = req.params[0].split('/').map((part) => camelCase(part)).join('.');
  const existed = hasProperty(settings, path);
  setProperty(settings, path, req.body.value);
  history.push({ path, existed });
  res.status(existed ? 200 : 201).json({ path, value: getProperty(settings, path) });
});

app.delete('/settings/*', (req, res) => {
  const path = req.params[0].split('/').map((part) => camelCase(part)).join('.');
  res.json({ path, deleted: deleteProperty(settings, path) });
});

app.get('/history', (req, res) => {
  res.type('text').send(history.map((h) => queryString.stringify(h)).join('\n'));
});

export default app;
if (process.argv[1] === fileURLToPath(import.meta.url)) app.listen(process.env.PORT || 8080);
