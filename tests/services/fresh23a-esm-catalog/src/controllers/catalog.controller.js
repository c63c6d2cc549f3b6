import { productCreate, stockChange, discount, review } from '../schemas/product.schema.js';
import { pageOf } from '../utils/query.js';
import { errorLog } from '../middleware/error-handler.js';

export class CatalogController {
  #service;

  constructor(service) {
    this.#service = service;
  }

  // arrow class fields: safe to hand to the router unbound
  create = async (req, res) => {
    const product = this.#service.create(productCreate.parse(req.body));
    res.status(201).location(`/products/${product.id}`).json(product);
  };

  list = async (req, res) => {
    res.json(pageOf(this.#service.search(req.query), req.query));
  };

  show = async (req, res) => {
    res.json(this.#service.find(req.params.id));
  };

  stock = async (req, res) => {
    const { delta } = stockChange.parse(req.body);
    res.json(this.#service.moveStock(req.params.id, delta));
  };

  discount = async (req, res) => {
    res.json({ updated: this.#service.discount(discount.parse(req.body)) });
  };

  review = async (req, res) => {
    res.status(201).json(this.#service.review(req.params.id, review.parse(req.body).stars));
  };

  stats = async (req, res) => {
    res.json({ ...this.#service.stats, recentErrors: errorLog });
  };
}
