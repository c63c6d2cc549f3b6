// EventEmitter listeners as entry points: routes emit events synchronously,
// listeners keep totals and an audit trail; once(); a job object that
// reports progress through events fired from setImmediate.
var express = require('express');
var EventEmitter = require('events');
var app = express();

var bus = new EventEmitter();
var totals = {};
var audit = [];
var firstSale = null;

bus.on('sale', function recordSale(item, qty) {
  totals[item] = (totals[item] || 0) + qty;
});
bus.on('sale', function auditSale(item, qty) {
  audit.push(item + ' x' + qty);
});
bus.once('sale', function rememberFirst(item) {
  firstSale = item;
});
bus.on('refund', function recordRefund(item, qty) {
  totals[item] = (totals[item] || 0) - qty;
  audit.push('refund ' + item + ' x' + qty);
});

function runJob(steps) {
  var job = new EventEmitter();
  var done = 0;
  function step() {
    done += 1;
    job.emit('progress', done);
    if (done < steps) setImmediate(step);
    else job.emit('done', done);
  }
  setImmediate(step);
  return job;
}

app.post('/sell/:item/:qty', function sell(req, res) {
  var delivered = bus.emit('sale', req.params.item, Number(req.params.qty));
  res.json({ delivered: delivered, totals: totals });
});

app.post('/refund/:item/:qty', function refund(req, res) {
  bus.emit('refund', req.params.item, Number(req.params.qty));
  res.json(totals);
});

app.get('/report', function report(req, res) {
  res.json({ firstSale: firstSale, audit: audit, listeners: { sale: bus.listenerCount('sale'), refund: bus.listenerCount('refund') } });
});

app.get('/job/:steps', function job(req, res) {
  var seen = [];
  var worker = runJob(Math.min(Number(req.params.steps), 5));
  worker.on('progress', function onProgress(n) { seen.push(n); });
  worker.on('done', function onDone(n) { res.json({ steps: n, progress: seen }); });
});

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
