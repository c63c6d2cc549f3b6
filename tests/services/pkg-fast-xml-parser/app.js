// fast-xml-parser 5: an RSS-like feed service. Posted XML is validated (XMLValidator's error
// with its line), parsed with attributes, entities and `isArray` for items, kept in a module
// Map of channels, and served back as XML built by XMLBuilder (attributes, CDATA, a
// processing instruction) or as JSON; the parser and builder are made once in main.
const express = require('express');
const { XMLParser, XMLBuilder, XMLValidator } = require('fast-xml-parser');

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  parseAttributeValue: true,
  trimValues: true,
  cdataPropName: '__cdata',
  isArray: (name, jpath) => jpath === 'rss.channel.item' || jpath === 'rss.channel.item.category',
});
const builder = new XMLBuilder({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  format: true,
  indentBy: '  ',
  cdataPropName: '__cdata',
  suppressEmptyNode: true,
});

const channels = new Map();
let parsed = 0;

const app = express();
app.use(express.text({ type: ['application/xml', 'text/xml'] }));

app.post('/feeds/:name', (req, res) => {
  const check = XMLValidator.validate(req.body);
  if (check !== true) return res.status(400).json({ code: check.err.code, line: check.err.line });
  const doc = parser.parse(req.body);
  parsed += 1;
  const channel = doc.rss.channel;
  channels.set(req.params.name, channel);
  res.status(201).json({ title: channel.title, items: channel.item.length, version: doc.rss['@_version'], parsed });
});

app.get('/feeds/:name', (req, res) => {
  const channel = channels.get(req.params.name);
  if (!channel) return res.status(404).type('application/xml').send('<error>no such feed</error>');
  if (req.accepts(['xml', 'json']) === 'json') return res.json(channel);
  const xml = builder.build({ '?xml': { '@_version': '1.0' }, rss: { '@_version': '2.0', channel } });
  res.type('application/xml').send(xml);
});

app.post('/feeds/:name/items', express.json(), (req, res) => {
  const channel = channels.get(req.params.name);
  if (!channel) return res.status(404).json({ error: 'no such feed' });
  const item = { '@_id': channel.item.length + 1, title: req.body.title, description: { __cdata: req.body.html } };
  if (req.body.categories) item.category = req.body.categories;
  channel.item.push(item);
  res.status(201).json({ items: channel.item.length });
});

app.get('/search', (req, res) => {
  const q = String(req.query.q || '').toLowerCase();
  const hits = [];
  for (const [name, channel] of channels) {
    for (const item of channel.item) {
      if (String(item.title).toLowerCase().includes(q)) hits.push({ feed: name, id: item['@_id'], title: item.title });
    }
  }
  res.json({ hits, parsed });
});

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
