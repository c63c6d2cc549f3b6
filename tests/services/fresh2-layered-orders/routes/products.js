const { Router } = require('express');
const products = require('../repositories/product-repository');

const router = Router();

router.get('/', async (req, res, next) => {
  try {
    res.json(await products.all());
  } catch (e) {
    next(e);
  }
});

module.exports = router;
