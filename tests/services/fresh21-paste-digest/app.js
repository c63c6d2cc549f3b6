const express = require('express');
const pastes = require('./lib/pastes');

const app = express();
app.use(express.json());

app.post('/pastes', async (req, res) => {
  let text = req.body.text;
  if (req.body.base64) {
    try {
      text = new TextDecoder().decode(Uint8Array.from(atob(req.body.base64), (c) => c.charCodeAt(0)));
    } catch (err) {
      return res.status(400).json({ error: err.name, message: err.message });
    }
  }
  const result = await pastes.store(text, { lang: req.body.lang ?? 'text' });
  res.status(result.existed ? 200 : 201).json(result);
});

app.get('/pastes/:key', (req, res) => {
  const paste = pastes.read(req.params.key);
  if (!paste) return res.status(404).json({ error: 'no paste' });
  paste.meta.viewedAs = req.query.as ?? 'json';
  if (req.query.as === 'b64') {
    const bin = Array.from(new TextEncoder().encode(paste.text), (b) => String.fromCharCode(b)).join('');
    return res.json({ base64: btoa(bin), meta: paste.meta });
  }
  res.json(paste);
});

app.get('/stats', (req, res) => res.json({ ...pastes.stats, keys: pastes.keys() }));

app.listen(process.env.PORT || 3000);
