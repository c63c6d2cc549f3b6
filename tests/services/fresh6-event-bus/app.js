// An event bus module (module.exports = new EventEmitter()): routes in two files
// emit on it, listener modules required only for their side effects keep read
// models in a stats module, a listener registered with `once` emits again, and
// a listener module exports a function other routes call.
const express = require('express');
const bus = require('./lib/bus');
const stats = require('./lib/stats');
require('./listeners/audit');
require('./listeners/projections');
require('./listeners/welcome');

const milestones = [];
bus.on('milestone', (m) => milestones.push(`${m.what} (${m.id})`));

const app = express();
app.use(express.json());
app.use('/users', require('./routes/users'));
app.use('/orders', require('./routes/orders'));

app.get('/stats', (req, res) => {
  res.json({ ...stats, milestones, listeners: bus.listenerCount('order.placed') });
});

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
