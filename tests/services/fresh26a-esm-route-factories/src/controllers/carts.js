export class CartsController {
  stats = { adds: 0, views: 0 };

  constructor(carts) {
    this.carts = carts;
  }

  add = async (req, res) => {
    const { productId, qty } = req.body ?? {};
    const view = this.carts.add(req.params.cartId, productId, Number(qty ?? 1));
    this.stats.adds++;
    res.json(view);
  };

  view = (req, res) => {
    this.stats.views++;
    res.json(this.carts.view(req.params.cartId));
  };

  summary = (req, res) => res.json(this.stats);
}
