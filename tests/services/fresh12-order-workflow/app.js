// Orders through a state machine, CommonJS in lib/: an Order model with a static
// transition table set in a static block and a private history; a domain event bus
// (node:events) shared by modules; an inventory module reserving and releasing stock
// from bus listeners; a pricing module memoising quotes in a closure cache (??=);
// a metrics module counting transitions; lodash groupBy/sumBy in the report.
const express = require('express');
require('./lib/services/inventory'); // registers its listeners
require('./lib/services/metrics');
const ordersRouter = require('./lib/routes/orders');
const reportsRouter = require('./lib/routes/reports');

const app = express();
app.use(express.json());
app.use('/orders', ordersRouter);
app.use('/reports', reportsRouter);

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
