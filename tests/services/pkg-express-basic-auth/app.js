// express-basic-auth 1.2 (over basic-auth: the Authorization header decoded from base64 with
// Buffer): a static users table on an admin router, an async authorizer of the service's own
// checking a module Map with basicAuth.safeCompare (crypto.timingSafeEqual over sha256
// digests), unauthorizedResponse functions reading req.auth, and failed-login counts.
const express = require('express');
const basicAuth = require('express-basic-auth');

const accounts = new Map([['ann', 'apple pie'], ['bob', 'b0b']]);
const failures = {};
const app = express();
app.use(express.json());

const admin = express.Router();
admin.use(basicAuth({ users: { root: 's3cr3t:colon' }, challenge: true, realm: 'Admin Area' }));
admin.get('/stats', (req, res) => res.json({ user: req.auth.user, accounts: accounts.size, failures }));
admin.post('/accounts', (req, res) => {
  accounts.set(req.body.user, req.body.password);
  res.status(201).json({ created: req.body.user, accounts: accounts.size });
});
app.use('/admin', admin);

app.use('/api', basicAuth({
  authorizeAsync: true,
  authorizer: (user, password, done) => {
    const known = accounts.get(user);
    const ok = known !== undefined && basicAuth.safeCompare(password, known);
    if (!ok) failures[user] = (failures[user] || 0) + 1;
    setImmediate(done, null, ok);
  },
  unauthorizedResponse: (req) => (req.auth ? { error: `bad credentials for ${req.auth.user}` } : { error: 'no credentials' }),
}));
app.get('/api/me', (req, res) => res.json({ user: req.auth.user, length: req.auth.password.length }));

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
