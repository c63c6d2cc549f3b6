// A guestbook rendered two ways: nunjucks as Express's view engine (configured in main with the
// app, filters and a global added there, template inheritance, macros, autoescape) and a
// handlebars template compiled in main with helpers and a partial, for the RSS-like feed.
// The service's state: entries, replies and a render counter passed to the views.
const path = require('path');
const express = require('express');
const nunjucks = require('nunjucks');
const Handlebars = require('handlebars');

const app = express();
const env = nunjucks.configure(path.join(__dirname, 'views'), { autoescape: true, express: app });
env.addFilter('stars', (n) => '*'.repeat(n) || 'no stars');
env.addGlobal('site', { name: 'Guests & Friends' });
app.set('view engine', 'njk');

Handlebars.registerHelper('upper', (s) => String(s).toUpperCase());
Handlebars.registerHelper('plural', (n, word) => `${n} ${word}${n === 1 ? '' : 's'}`);
Handlebars.registerPartial('item', '<item n="{{@index}}">{{upper name}}: {{text}}{{#if reply}} [{{reply}}]{{/if}}</item>');
const feed = Handlebars.compile('<feed count="{{plural entries.length "entry"}}">{{#each entries}}{{> item}}{{else}}<empty/>{{/each}}</feed>');

const entries = [];
let renders = 0;

app.use(express.urlencoded({ extended: false }));
app.use(express.json());

app.get('/', (req, res) => {
  renders += 1;
  res.render('index', { entries, renders, heading: req.query.h || 'Sign the <book>' });
});

app.post('/entries', (req, res) => {
  const stars = Math.max(0, Math.min(5, Number(req.body.stars) || 0));
  entries.push({ name: req.body.name || 'anonymous', text: req.body.text || '', stars });
  res.redirect(303, '/');
});

app.post('/entries/:n/reply', (req, res) => {
  const entry = entries[Number(req.params.n)];
  if (!entry) return res.status(404).send(env.renderString('no entry {{ n }}', { n: req.params.n }));
  entry.reply = req.body.reply;
  res.json(entry);
});

app.get('/feed', (req, res) => {
  res.type('application/xml').send(feed({ entries }));
});

app.get('/preview', (req, res) => {
  try {
    res.type('text').send(env.renderString(req.query.t, { entries, renders }));
  } catch (e) {
    res.status(400).type('text').send(e.message.split('\n')[0]);
  }
});

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
