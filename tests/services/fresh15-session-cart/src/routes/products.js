const router = require('express').Router();
const catalog = require('../lib/catalog');

router.get('/', (req, res) => res.json(catalog.all()));

module.exports = router;
