// Pipelines of functions, ES modules: compose and pipe built in main (module-level pipelines), and
// built per request from the query (?steps=trim,lower,words); curried steps (`longer(3)`,
// `record('in')`) whose closures write module state (an audit list, a growing stop-word Set);
// steps made by `counted(name, fn)` keeping their run counts in their closures.
import express from 'express';
import { fileURLToPath } from 'node:url';
import { compose, pipe } from './lib/fp.js';
import * as S from './lib/steps.js';

const app = express();
app.use(express.json());

const keywords = pipe(S.record('in'), S.trim, S.lower, S.words, S.noStop, S.unique, S.record('out'));
const headline = compose(S.limitTo(3), S.shout, S.longer(3), S.words, S.trim);
const available = { trim: S.trim, lower: S.lower, words: S.words, unique: S.unique, shout: S.shout, long: S.longer(4) };
let built = 0;

app.post('/keywords', (req, res) => res.json(keywords(req.body.text ?? '')));
app.post('/headline', (req, res) => res.json(headline(req.body.text ?? '')));

app.post('/run', (req, res) => {
  const names = String(req.query.steps ?? '').split(',').filter(Boolean);
  const missing = names.filter((n) => !(n in available));
  if (missing.length) return res.status(400).json({ missing });
  const custom = pipe(...names.map((n) => available[n]), S.record(`custom${++built}`));
  res.json({ built, out: custom(req.body.text ?? '') });
});

app.post('/stop/:word', (req, res) => res.json({ size: S.addStop(req.params.word) }));

app.get('/report', (req, res) => {
  res.json({ trim: S.trim.report(), lower: S.lower.report(), audit: S.audit.slice(-6), built });
});

export default app;
if (process.argv[1] === fileURLToPath(import.meta.url)) app.listen(process.env.PORT || 8080);
