import express from 'express';
import compression from 'compression';
import { env as defaultEnv } from './config/env.js';
import { FakeClock } from './utils/clock.js';
import { createRepositories } from './repositories/index.js';
import { EventBus } from './events/event-bus.js';
import { AuthService } from './services/auth.service.js';
import { StockService } from './services/stock.service.js';
import { CartService } from './services/cart.service.js';
import { OrderService } from './services/order.service.js';
import { registerProjections } from './services/projections.js';
import { makeShopController } from './controllers/shop.controller.js';
import { buildRoutes } from './routes/index.js';
import { errorMiddleware } from './middleware/errors.js';

export function createApp({ env = defaultEnv, repos = createRepositories(), clock = new FakeClock(env.epoch) } = {}) {
  const bus = new EventBus();
  const projections = registerProjections(bus);
  const auth = new AuthService({ customers: repos.customers, clock, env });
  const stock = new StockService({ products: repos.products, reservations: repos.reservations, clock, env, bus });
  const cart = new CartService({ carts: repos.carts, products: repos.products, stock });
  const orders = new OrderService({ orders: repos.orders, carts: cart, stock, clock, env, bus });
  const errorCounts = new Map();

  const report = () => ({
    sales: projections.sales,
    outbox: projections.outbox,
    listenerErrors: projections.errors,
    stock: Object.fromEntries(repos.products.all().map((p) => [p.sku, { stock: p.stock, available: stock.available(p.sku) }])),
    sessions: auth.activeSessions,
    events: bus.history.length,
    errors: Object.fromEntries(errorCounts),
  });

  const controller = makeShopController({ auth, cart, orders, stock, products: repos.products, env });
  const app = express();
  app.set('json spaces', 0);
  app.use(compression({ threshold: 512 }));
  app.use(express.json());
  app.use('/api', buildRoutes(controller, { auth, clock, env, report }));
  app.use((req, res) => res.status(404).json({ error: 'not_found', message: `${req.method} ${req.originalUrl}` }));
  app.use(errorMiddleware(errorCounts));
  return app;
}
