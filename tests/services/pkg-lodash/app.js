// lodash 4 from node_modules: a catalogue kept in module-level state, sorted,
// grouped, merged and rendered with _.template (compiled with Function), and
// the package's own subpath modules (lodash/kebabCase) as separate requires.
var express = require('express');
var _ = require('lodash');
var kebabCase = require('lodash/kebabCase');
var app = express();
app.use(express.json());

var items = [];
var settings = { page: { size: 2 }, currency: 'EUR' };
var row = _.template('<li><%- name %>: <%= price %> <%= currency %></li>');

app.post('/items', function add(req, res) {
  var item = _.pick(req.body, ['name', 'price', 'tags']);
  item.slug = kebabCase(item.name);
  item.tags = _.uniq(_.map(item.tags || [], _.toLower));
  items.push(item);
  res.status(201).json(item);
});

app.get('/items', function list(req, res) {
  var sorted = _.orderBy(items, [req.query.by || 'name', 'name'], [req.query.order || 'asc', 'asc']);
  var pages = _.chunk(sorted, _.get(settings, 'page.size', 10));
  res.json({ pages: pages.length, page: pages[Number(req.query.page || 0)] || [] });
});

app.get('/tags', function tags(req, res) {
  var counts = _.countBy(_.flatMap(items, 'tags'));
  res.json(_.fromPairs(_.sortBy(_.toPairs(counts), [function (p) { return -p[1]; }, 0])));
});

app.get('/groups', function groups(req, res) {
  res.json(_.mapValues(_.groupBy(items, function (i) { return i.price >= 10 ? 'dear' : 'cheap'; }), function (g) {
    return { count: g.length, total: _.sumBy(g, 'price'), names: _.map(g, 'name') };
  }));
});

app.put('/settings', function configure(req, res) {
  settings = _.merge({}, settings, req.body);
  res.json(settings);
});

app.get('/html', function html(req, res) {
  res.type('html').send('<ul>' + _.map(items, function (i) {
    return row(_.assign({ currency: settings.currency }, i));
  }).join('') + '</ul>');
});

app.get('/words/:text', function words(req, res) {
  var t = req.params.text;
  res.json({ camel: _.camelCase(t), snake: _.snakeCase(t), start: _.startCase(t), words: _.words(t),
             padded: _.padStart(t, 12, '.'), same: require('lodash') === _, version: _.VERSION });
});

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
