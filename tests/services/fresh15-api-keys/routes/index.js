var express = require('express');
var router = express.Router();

router.get('/', function (req, res) {
  res.json({ name: 'fx-api', docs: '/v1/currencies' });
});

module.exports = router;
