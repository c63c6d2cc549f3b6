export class ProductsController {
  #recent = [];

  constructor(catalog) {
    this.catalog = catalog;
  }

  create = (req, res) => {
    const product = this.catalog.add(req.body ?? {});
    this.#recent = [product.name, ...this.#recent].slice(0, 3);
    res.status(201).json(product);
  };

  list = (req, res) => res.json(this.catalog.byCategory(req.query.category));

  recent = (req, res) => res.json(this.#recent);
}
