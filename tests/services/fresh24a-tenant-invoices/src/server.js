// Multi-tenant invoices on Express 5: `router.param('tenant')` loading a tenant from an
// in-memory store, `Router({ mergeParams: true })` two deep, an Idempotency-Key store that
// wraps res.json to remember answers, and a per-tenant write quota in a closure.
const app = require('./app');

const port = process.env.PORT || 3000;
app.listen(port, () => console.log(`invoices on ${port}`));
