// ajv: JSON Schemas compiled in main (ajv generates their code with `new Function`), used in the
// handlers; allErrors, defaults, coercion, $ref between schemas, a custom keyword.
var express = require('express');
var Ajv = require('ajv');
var app = express();
app.use(express.json());

var ajv = new Ajv({ allErrors: true, useDefaults: true, coerceTypes: true });
ajv.addKeyword({ keyword: 'even', type: 'number', validate: function (schema, n) { return !schema || n % 2 === 0; } });
ajv.addSchema({ $id: 'point', type: 'object', properties: { x: { type: 'number' }, y: { type: 'number' } },
                required: ['x', 'y'], additionalProperties: false });
var validateShape = ajv.compile({
  type: 'object',
  properties: {
    kind: { enum: ['line', 'polygon'] },
    points: { type: 'array', items: { $ref: 'point' }, minItems: 2 },
    width: { type: 'integer', minimum: 1, default: 1, even: true },
    label: { type: 'string', maxLength: 8, pattern: '^[a-z]+$' }
  },
  required: ['kind', 'points'],
  if: { properties: { kind: { const: 'polygon' } } },
  then: { properties: { points: { minItems: 3 } } }
});
var shapes = [];

app.post('/shapes', function add(req, res) {
  var shape = req.body;
  if (!validateShape(shape)) {
    return res.status(422).json({ errors: validateShape.errors.map(function (e) {
      return [e.instancePath, e.keyword, e.message, e.params];
    }), text: ajv.errorsText(validateShape.errors) });
  }
  shapes.push(shape);
  res.status(201).json({ shape: shape, count: shapes.length });
});

app.get('/points/check', function check(req, res) {
  var validate = ajv.getSchema('point');
  var point = { x: req.query.x, y: req.query.y };
  res.json({ valid: validate(point), point: point, errors: validate.errors });
});

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
