// underscore 1.13 from node_modules: chains, templates and collection helpers
// over a scoreboard kept in module-level state.
var express = require('express');
var _ = require('underscore');
var app = express();
app.use(express.json());

var scores = [];
var board = _.template('<% _.each(rows, function (r, i) { %><p><%= i + 1 %>. <%- r.player %> <%= r.points %></p><% }); %>');

app.post('/scores', function add(req, res) {
  var entry = _.extend({ points: 0 }, _.pick(req.body, 'player', 'points', 'team'));
  scores.push(entry);
  res.status(201).json({ entry: entry, count: _.size(scores) });
});

app.get('/top/:n', function top(req, res) {
  res.json(_.chain(scores).sortBy('points').reverse().first(Number(req.params.n)).pluck('player').value());
});

app.get('/teams', function teams(req, res) {
  var byTeam = _.groupBy(scores, 'team');
  res.json(_.mapObject(byTeam, function (rows) {
    return { players: _.uniq(_.pluck(rows, 'player')), best: _.max(rows, 'points').player, sum: _.reduce(rows, function (s, r) { return s + r.points; }, 0) };
  }));
});

app.get('/where', function where(req, res) {
  res.json({ found: _.where(scores, { team: req.query.team }), counts: _.countBy(scores, function (s) { return s.points > 10 ? 'high' : 'low'; }) });
});

app.get('/board', function show(req, res) {
  res.type('html').send(board({ rows: _.sortBy(scores, function (s) { return -s.points; }) }));
});

app.get('/misc', function misc(req, res) {
  res.json({ range: _.range(0, 20, 5), zipped: _.zip(['a', 'b'], [1, 2]), escaped: _.escape('<a href="x">&</a>'),
             invert: _.invert({ a: 'x', b: 'y' }), version: _.VERSION, flat: _.flatten([1, [2, [3, [4]]]], true) });
});

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
