// Contacts imported from JSON and CSV text. The module's state is written where it is easy to
// miss: inside the reviver handed to `JSON.parse` (emails seen, fields counted, dates turned into
// day numbers), inside the mapper handed to `Array.from` (line numbers, rejected lines), inside a
// `String.replace` callback of another module (characters replaced, handles taken), by an audit
// helper reading `arguments`, and by `Math.max.apply` over the ids.
'use strict';
const express = require('express');
const { audit, trail } = require('./lib/audit');
const { slugify, release, replaced } = require('./lib/slug');

const app = express();
app.use(express.json());
app.use(express.text());

const contacts = new Map();
const seenEmails = new Set();
const fieldCounts = {};
const rejected = [];
let linesRead = 0;
let nextId = 1;

function toContact(raw) {
  const id = nextId++;
  const contact = { id, name: raw.name, email: raw.email, handle: slugify(raw.name), joined: raw.joined ?? null };
  contacts.set(id, contact);
  return contact;
}

app.post('/import/json', (req, res) => {
  let duplicates = 0;
  const rows = JSON.parse(req.body, function (key, value) {
    if (key !== '' && !Array.isArray(this)) fieldCounts[key] = (fieldCounts[key] || 0) + 1;
    if (key === 'email') {
      const email = value.toLowerCase();
      if (seenEmails.has(email)) duplicates++;
      seenEmails.add(email);
      return email;
    }
    if (key === 'joined') return Math.floor(Date.parse(value) / 86400000);
    return value;
  });
  const fresh = rows.filter((r, i) => rows.findIndex((s) => s.email === r.email) === i);
  const made = fresh.map(toContact);
  audit('json', `${made.length} imported`, `${duplicates} duplicate emails`);
  res.status(201).json({ made, duplicates });
});

app.post('/import/csv', (req, res) => {
  const lines = req.body.trim().split('\n').slice(1);
  const parsed = Array.from(lines, (line) => {
    const no = ++linesRead;
    const [name, email] = line.split(',').map((s) => s.trim());
    if (!email || !email.includes('@')) {
      rejected.push({ line: no, reason: email ? 'bad email' : 'no email' });
      return null;
    }
    if (seenEmails.has(email.toLowerCase())) {
      rejected.push({ line: no, reason: 'duplicate' });
      return null;
    }
    seenEmails.add(email.toLowerCase());
    return { name, email: email.toLowerCase() };
  }).filter(Boolean);
  const made = parsed.map(toContact);
  audit('csv', `${made.length} imported`);
  res.status(201).json({ made, linesRead, rejected: rejected.length });
});

app.delete('/contacts/:id', (req, res) => {
  const c = contacts.get(Number(req.params.id));
  if (!c) return res.status(404).json({ error: 'no contact' });
  contacts.delete(c.id);
  seenEmails.delete(c.email);
  release(c.handle);
  audit('delete', c.handle);
  res.json({ deleted: c.handle, left: contacts.size });
});

app.get('/summary', (req, res) => {
  const ids = [...contacts.keys()];
  res.json({
    count: contacts.size,
    maxId: ids.length ? Math.max.apply(null, ids) : null,
    handles: [...contacts.values()].map((c) => c.handle),
    fieldCounts,
    replaced,
    rejected,
    trail,
  });
});

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
