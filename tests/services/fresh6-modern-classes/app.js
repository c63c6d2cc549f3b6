// Wallets in modern syntax throughout: static blocks, private fields and
// methods, static private counters, `#x in obj`, class-field arrow handlers
// registered in a constructor, `??=` on a nested object, optional chaining
// and calls, getters, and a static Map of instances.
const express = require('express');
const WalletRoutes = require('./http/wallet-routes');

const app = express();
app.use(express.json());
const walletRoutes = new WalletRoutes();
app.use('/wallets', walletRoutes.router);
app.use((err, req, res, next) => {
  res.status(err instanceof RangeError ? 400 : 500).json({ error: err.message });
});

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
