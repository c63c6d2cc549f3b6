const express = require('express');
const controller = require('../controllers/order-controller');
const HttpError = require('../lib/http-error');
const { orderRepository } = require('../repositories/order-repository');

const router = express.Router();

router.param('orderId', async (req, res, next, id) => {
  try {
    const order = await orderRepository.findById(id);
    if (!order) return next(HttpError.notFound(`order ${id}`));
    req.order = order;
    next();
  } catch (err) {
    next(err);
  }
});

router.route('/').get(controller.list).post(controller.create);
router.get('/summary', controller.summary);
router.get('/:orderId', controller.show);
router.post('/:orderId/status', controller.transition);

module.exports = router;
