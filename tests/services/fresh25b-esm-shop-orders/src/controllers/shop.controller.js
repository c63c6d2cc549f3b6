import { money } from '../utils/money.js';
import { listParams, applyList } from '../utils/list.js';

const presentCart = (view) => ({
  ...view,
  subtotal: money(view.subtotal),
  discount: money(view.discount),
  total: money(view.total),
});

export function makeShopController({ auth, cart, orders, stock, products, env }) {
  return {
    register: async (req, res) => res.status(201).json(await auth.register(req.body)),
    login: async (req, res) => res.json(await auth.login(req.body)),
    catalogue: (req, res) =>
      res.json(products.all().map((p) => ({ sku: p.sku, name: p.name, price: money(p.priceCents), available: stock.available(p.sku) }))),
    viewCart: (req, res) => res.json(presentCart(cart.view(req.customer))),
    setItem: (req, res) => res.json(presentCart(cart.setItem(req.customer, req.body))),
    removeItem: (req, res) => res.json(presentCart(cart.removeItem(req.customer, req.params.sku))),
    coupon: (req, res) => res.json(presentCart(cart.applyCoupon(req.customer, req.body.code))),
    checkout: async (req, res) => {
      const { order, replayed } = await orders.checkout(req.customer, req.get('idempotency-key'));
      res.set('X-Idempotent-Replay', String(replayed));
      res.status(replayed ? 200 : 201).location(`/api/orders/${order.id}`).json({ ...order, total: money(order.total) });
    },
    cancel: (req, res) => res.json(orders.cancel(req.customer, req.params.id)),
    listOrders: (req, res) => {
      const params = listParams(req.query, { sortable: ['placedAt', 'total', 'status'], pageSize: env.pageSize });
      const rows = orders.mine(req.customer).filter((o) => !req.query.status || o.status === req.query.status);
      res.json(applyList(rows, params));
    },
    me: (req, res) => res.json({ id: req.customer.id, email: req.customer.email, name: req.customer.name, points: req.customer.points }),
  };
}
