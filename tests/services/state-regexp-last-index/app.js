// Regular expressions kept in module constants: a global one (`/g`) and a sticky one (`/y`) keep
// their position (`lastIndex`) between calls of `exec` and `test`, so what a request finds depends
// on what the requests before it matched; an `/i` one keeps nothing. A tokenizer walks a text
// stored by one request, one word per request, as a cursor would.
'use strict';
const express = require('express');

const WORD = /[a-z]+/g;
const DIGITS = /\d+/y;
const HEX = new RegExp('^#?[0-9a-f]{6}$', 'i');
let text = 'alpha beta gamma';

const app = express();
app.use(express.json());

app.put('/text', (req, res) => {
  text = req.body.text;
  res.json({ text, lastIndex: WORD.lastIndex });
});

app.get('/next-word', (req, res) => {
  const match = WORD.exec(text);
  res.json({ word: match ? match[0] : null, lastIndex: WORD.lastIndex });
});

app.get('/has-word', (req, res) => {
  // `test` on a global regexp moves on too: the same question alternates true and false
  res.json({ found: WORD.test(req.query.q || ''), lastIndex: WORD.lastIndex });
});

app.get('/digits', (req, res) => {
  DIGITS.lastIndex = Number(req.query.at || DIGITS.lastIndex);
  const match = DIGITS.exec('12ab345');
  res.json({ digits: match && match[0], lastIndex: DIGITS.lastIndex });
});

app.get('/color/:hex', (req, res) => res.json({ color: HEX.test(req.params.hex), lastIndex: HEX.lastIndex }));

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
