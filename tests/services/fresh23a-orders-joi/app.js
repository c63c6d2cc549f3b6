'use strict';

// Orders service: the composition root builds the repositories and services once and hands them down.
const express = require('express');
const ProductRepository = require('./repositories/ProductRepository');
const OrderRepository = require('./repositories/OrderRepository');
const OrderService = require('./services/OrderService');
const NotificationService = require('./services/NotificationService');
const makeOrderController = require('./controllers/orderController');
const ordersRouter = require('./routes/orders');
const errorHandler = require('./middleware/errorHandler');

const productRepository = new ProductRepository([
  { sku: 'MUG-01', name: 'Mug', price: 12, stock: 6 },
  { sku: 'TEE-02', name: 'T-shirt', price: 25, stock: 4 },
  { sku: 'CAP-03', name: 'Cap', price: 18, stock: 1 },
]);
const orderRepository = new OrderRepository();
const orderService = new OrderService({ productRepository, orderRepository });
const notifications = new NotificationService();
const audit = { byStatus: {}, revenue: 0 };

orderService
  .on('pending', notifications.onPlaced)
  .on('shipped', notifications.onShipped)
  .on('cancelled', notifications.onCancelled.bind(notifications))
  .on('*', (order) => {
    audit.byStatus[order.status] = (audit.byStatus[order.status] ?? 0) + 1;
  })
  .on('delivered', function (order) {
    audit.revenue += order.total;
  });

const controller = makeOrderController({ orderService, productRepository, notifications, audit });

const app = express();
app.use(express.json());
app.use('/orders', ordersRouter(controller));
app.get('/stock', controller.stock);
app.get('/report', controller.report);
app.use(errorHandler);

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
