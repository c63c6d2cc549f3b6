// debug: a logger made in the top level (`require('debug')('shop')`), namespaces enabled and
// disabled, extend(), the %o/%j/%d formatters and a custom one, and lines captured per request.
var express = require('express');
var util = require('util');
var createDebug = require('debug');
var log = createDebug('shop');
var app = express();

function capture(instance, lines) {
  instance.log = function () { lines.push(util.format.apply(util, arguments)); };
  instance.useColors = false;
  return instance;
}
function plain(args) { args[0] = this.namespace + ' ' + args[0]; }

app.get('/log/:what', function logged(req, res) {
  createDebug.formatArgs = plain;
  createDebug.formatters.u = function (v) { return String(v).toUpperCase(); };
  createDebug.enable(req.query.ns || 'shop*,-shop:secret');
  var lines = [];
  var child = capture(log.extend('orders'), lines);
  var secret = capture(createDebug('shop:secret'), lines);
  var other = capture(createDebug('other'), lines);
  capture(log, lines)('asked for %s (%u)', req.params.what, req.params.what);
  child('item %o, count %d, json %j', { id: 7, tags: ['a'] }, 42, { ok: true });
  secret('hidden');
  other('not shown');
  res.json({ lines: lines, enabled: [log.enabled, child.enabled, secret.enabled, other.enabled],
             namespaces: createDebug.disable(), names: [log.namespace, child.namespace] });
});

app.get('/humanize', function humanize(req, res) {
  res.json([100, 1500, 90000, 7200000].map(function (ms) { return createDebug.humanize(ms); }));
});

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
