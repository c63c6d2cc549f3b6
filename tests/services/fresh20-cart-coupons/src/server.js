// A shopping cart with coupons, laid out as a project (package.json's main is src/server.js, no
// app.js): carts keyed by the `x-cart` header in a store singleton, line items as arrays of objects
// mutated in place, coupons with usage limits and per-cart single use kept in a class whose static
// block seeds the catalogue, totals computed through destructuring and spread, receipts kept as
// `structuredClone` snapshots, and a `config.js` read from process.env with defaults.
const app = require('./app');
const config = require('./config');

app.listen(config.port);
