// A shopping cart kept per session, CommonJS under src/: cookie-parser signed cookies
// carrying a session id from a counter, a session middleware creating sessions with
// ??= in a module-level Map, a Cart class (private #lines Map, static coupon table set
// in a static block, getters), a catalog module, a checkout service writing an orders
// ledger and decrementing stock, and a middleware counting requests per session.
const express = require('express');
const cookieParser = require('cookie-parser');
const { session, stats } = require('./src/middleware/session');
const cart = require('./src/routes/cart');
const checkout = require('./src/routes/checkout');

const app = express();
app.use(express.json());
app.use(cookieParser('s3cret-for-tests'));
app.use(session);
app.use('/cart', cart);
app.use('/checkout', checkout);
app.get('/sessions', (req, res) => res.json(stats()));

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
