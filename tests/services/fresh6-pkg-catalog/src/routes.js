const express = require('express');
const products = require('./controllers/products');
const requireAdmin = require('./middleware/admin');

const router = express.Router();
router.get('/products', products.list);
router.get('/products/summary', products.summary);
router.get('/products/:sku', products.show);
router.post('/products', requireAdmin, products.create);
router.patch('/products/:sku', requireAdmin, products.reprice);
router.delete('/products/:sku', requireAdmin, products.remove);

module.exports = router;
