// express-validator: validation chains (body, param, query), sanitizers, custom validators,
// checkSchema, validationResult and matchedData, as middleware arrays on the routes.
var express = require('express');
var ev = require('express-validator');
var body = ev.body, param = ev.param, query = ev.query;
var app = express();
app.use(express.json());

var accounts = { ann: true };

function report(req, res, next) {
  var errors = ev.validationResult(req);
  if (!errors.isEmpty()) return res.status(422).json({ errors: errors.array(), mapped: Object.keys(errors.mapped()) });
  next();
}

app.post('/accounts', [
  body('user').trim().isLength({ min: 3, max: 12 }).withMessage('3 to 12 characters').bail().isAlphanumeric()
    .custom(function (value) { if (accounts[value]) throw new Error('taken'); return true; }),
  body('email').isEmail().normalizeEmail(),
  body('age').optional().isInt({ min: 13 }).toInt(),
  body('newsletter').default(false).isBoolean().toBoolean(),
  report
], function create(req, res) {
  var data = ev.matchedData(req);
  accounts[data.user] = true;
  res.status(201).json(data);
});

app.get('/accounts/:id', param('id').isInt().toInt(), query('fields').optional().toArray(), report, function show(req, res) {
  res.json({ id: req.params.id, fields: req.query.fields || null, data: ev.matchedData(req, { locations: ['params'] }) });
});

app.put('/settings', ev.checkSchema({
  theme: { in: ['body'], isIn: { options: [['light', 'dark']], errorMessage: 'light or dark' } },
  'limits.*': { in: ['body'], isInt: { options: { min: 0, max: 10 } } },
  motto: { in: ['body'], optional: true, escape: true }
}), report, function settings(req, res) {
  res.json(ev.matchedData(req));
});

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
