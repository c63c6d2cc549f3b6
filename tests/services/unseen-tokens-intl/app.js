const express = require('express');
const crypto = require('node:crypto');

const SECRET = 'not-so-secret';
const revoked = new Set();
let issued = 0;

const b64 = (obj) => Buffer.from(JSON.stringify(obj)).toString('base64url');
const sign = (data) => crypto.createHmac('sha256', SECRET).update(data).digest('base64url');

function issue(sub, role) {
  issued += 1;
  const body = b64({ sub, role, n: issued });
  return `${body}.${sign(body)}`;
}

function verify(token = '') {
  const [body, sig] = token.split('.');
  if (!body || !sig) return { error: 'malformed' };
  const expected = Buffer.from(sign(body));
  const given = Buffer.from(sig);
  if (expected.length !== given.length || !crypto.timingSafeEqual(expected, given)) return { error: 'bad signature' };
  if (revoked.has(sig)) return { error: 'revoked' };
  return { claims: JSON.parse(Buffer.from(body, 'base64url').toString()), sig };
}

const app = express();
app.use(express.json());

app.post('/tokens', (req, res) => res.status(201).json({ token: issue(req.body.sub, req.body.role ?? 'user') }));

app.use('/me', (req, res, next) => {
  const result = verify(req.get('authorization')?.replace(/^Bearer /, ''));
  if (result.error) return res.status(401).json(result);
  req.auth = result;
  next();
});
app.get('/me', (req, res) => res.json(req.auth.claims));
app.delete('/me/token', (req, res) => {
  revoked.add(req.auth.sig);
  res.json({ revoked: revoked.size });
});

app.post('/text/stats', (req, res) => {
  const text = String(req.body.text ?? '');
  const words = [...new Intl.Segmenter('en', { granularity: 'word' }).segment(text)].filter((s) => s.isWordLike);
  const sorted = words.map((w) => w.segment).sort(new Intl.Collator('de', { sensitivity: 'base' }).compare);
  const when = new Intl.DateTimeFormat('en-GB', { dateStyle: 'full', timeStyle: 'short', timeZone: 'Asia/Tokyo' })
    .format(new Date(Date.UTC(2024, 1, 29, 23, 30)));
  const money = new Intl.NumberFormat('de-DE', { style: 'currency', currency: 'EUR' }).format(1234.5);
  res.json({ count: words.length, sorted, when, money, plural: new Intl.PluralRules('en').select(words.length) });
});

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
