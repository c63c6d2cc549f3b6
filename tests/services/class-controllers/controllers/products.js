// A controller class in the style TypeScript code brings to Express: handlers are
// arrow functions held by class fields, so `this` is the controller wherever they run.
class ProductController {
  products = new Map();
  nextId = 1;

  list = (req, res) => {
    const items = [...this.products.values()];
    res.json(req.query.inStock === 'true' ? items.filter((p) => p.stock > 0) : items);
  };

  create = (req, res) => {
    const { name, price, stock = 0 } = req.body ?? {};
    if (!name || typeof price !== 'number') return res.status(422).json({ error: 'name and price are required' });
    const product = { id: this.nextId++, name, price, stock };
    this.products.set(product.id, product);
    res.status(201).json(product);
  };

  restock = (req, res) => {
    const product = this.products.get(Number(req.params.id));
    if (!product) return res.status(404).json({ error: 'no such product' });
    product.stock += Number(req.body?.amount ?? 1);
    res.json(product);
  };
}

module.exports = new ProductController();
