// yaml 2: configuration documents kept as yaml's Document objects in a module Map (parsed
// with comments kept, edited with setIn/deleteIn/addIn and written back with toString),
// anchors and aliases, custom tags, errors with their line and code, parseAllDocuments,
// and YAML.stringify of the service's state with options.
const express = require('express');
const YAML = require('yaml');

const docs = new Map();
docs.set('base', YAML.parseDocument([
  '# service defaults',
  'defaults: &defaults',
  '  retries: 3',
  '  timeout: 5 # seconds',
  'services:',
  '  api:',
  '    <<: *defaults',
  '    port: 8080',
  '  worker:',
  '    <<: *defaults',
  '    retries: 5',
  'tags: [web, "prod"]',
  '',
].join('\n'), { merge: true }));

const money = {
  tag: '!money',
  resolve: (str) => ({ cents: Math.round(parseFloat(str) * 100) }),
  identify: (v) => v && typeof v === 'object' && 'cents' in v,
  stringify: (item) => (item.value.cents / 100).toFixed(2),
};

const app = express();
app.use(express.text({ type: ['text/yaml', 'application/yaml'] }));
app.use(express.json());

app.put('/docs/:name', (req, res) => {
  const doc = YAML.parseDocument(req.body, { customTags: [money], prettyErrors: false });
  if (doc.errors.length) {
    const e = doc.errors[0];
    return res.status(400).json({ name: e.name, code: e.code, line: e.linePos && e.linePos[0].line });
  }
  docs.set(req.params.name, doc);
  res.status(201).json({ name: req.params.name, value: doc.toJS(), warnings: doc.warnings.length });
});

app.get('/docs/:name', (req, res) => {
  const doc = docs.get(req.params.name);
  if (!doc) return res.status(404).json({ error: 'no such document' });
  if (req.query.format === 'json') return res.json(doc.toJS({ maxAliasCount: 100 }));
  res.type('text/yaml').send(doc.toString({ indent: 2 }));
});

app.patch('/docs/:name', (req, res) => {
  const doc = docs.get(req.params.name);
  if (!doc) return res.status(404).json({ error: 'no such document' });
  for (const op of req.body) {
    const path = op.path.split('.');
    if (op.op === 'set') doc.setIn(path, op.value);
    else if (op.op === 'delete') doc.deleteIn(path);
    else if (op.op === 'add') doc.addIn(path, op.value);
    else if (op.op === 'comment') doc.getIn(path, true).comment = ` ${op.value}`;
  }
  res.json({ has: req.body.map((op) => doc.hasIn(op.path.split('.'))), value: doc.toJS() });
});

app.post('/split', (req, res) => {
  const all = YAML.parseAllDocuments(req.body);
  res.json(all.map((d) => ({ value: d.toJS(), errors: d.errors.map((e) => e.code) })));
});

app.get('/export', (req, res) => {
  const state = {};
  for (const [name, doc] of docs) state[name] = doc.toJS();
  res.type('text/yaml').send(YAML.stringify(state, { sortMapEntries: true, lineWidth: 40, defaultStringType: 'QUOTE_DOUBLE' }));
});

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
