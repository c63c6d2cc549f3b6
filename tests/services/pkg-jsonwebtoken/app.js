// jsonwebtoken: tokens signed (HS256, HS512) and verified in the handlers, with a fixed clock;
// expired, not-yet-valid, tampered and wrong-audience tokens give jsonwebtoken's own errors.
var express = require('express');
var jwt = require('jsonwebtoken');
var app = express();
app.use(express.json());

var SECRET = 'shh, a secret';
var NOW = 1700000000;  // seconds: the clock every check uses

app.post('/tokens', function issue(req, res) {
  var token = jwt.sign({ sub: req.body.user, scope: req.body.scope || 'read', iat: NOW }, SECRET, {
    expiresIn: req.body.ttl || '1h', audience: 'shop', issuer: 'liquefy', algorithm: req.body.alg || 'HS256'
  });
  res.status(201).json({ token: token, decoded: jwt.decode(token, { complete: true }) });
});

app.get('/me', function me(req, res) {
  var token = String(req.get('authorization') || '').replace(/^Bearer /, '');
  jwt.verify(token, SECRET, { audience: req.query.aud || 'shop', issuer: 'liquefy', clockTimestamp: NOW + Number(req.query.later || 0),
                              algorithms: ['HS256', 'HS512'] }, function (err, claims) {
    if (err) return res.status(401).json({ name: err.name, message: err.message, expiredAt: err.expiredAt });
    res.json(claims);
  });
});

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
