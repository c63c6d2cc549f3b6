// Webhook fan-out as a CommonJS project under src/: a subscription repository (module
// singleton with a private #byTopic Map of Sets), a fake transport that fails a URL's
// first N attempts (a closure Map of attempts), a Dispatcher (EventEmitter subclass)
// retrying with backoff through `await setTimeout` from node:timers/promises and telling
// 'drained' when its in-flight count is zero, a route awaiting `events.once(dispatcher,
// 'drained')`, and a delivery log another module fills from the dispatcher's events.
const express = require('express');
const subscriptions = require('./src/routes/subscriptions');
const events = require('./src/routes/events');

const app = express();
app.use(express.json());
app.use('/subscriptions', subscriptions);
app.use('/events', events);

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
