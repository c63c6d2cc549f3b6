import { NotFoundError, UnprocessableError } from '../errors/http-errors.js';
import { applyDiscount, addRating, adjustStock } from '../utils/pricing.js';
import { buildFilter, sortBy } from '../utils/query.js';
import { auditService } from './index.js';

export class CatalogService {
  #repo;
  #views = new Map();
  #stockMoves = 0;
  lastDiscount = null;

  constructor(repo) {
    this.#repo = repo;
  }

  create(input) {
    return this.#repo.insert(input);
  }

  find(id) {
    const product = this.#repo.get(id);
    if (!product) throw new NotFoundError(`product ${id} not found`);
    this.#views.set(id, (this.#views.get(id) ?? 0) + 1);
    return product;
  }

  search(query) {
    return this.#repo.all().filter(buildFilter(query)).sort(sortBy(query.sort));
  }

  moveStock(id, delta) {
    const result = this.#repo.update(id, (p) => adjustStock(p, delta));
    if (result === undefined) throw new NotFoundError(`product ${id} not found`);
    if (result === false) throw new UnprocessableError('not enough stock', { details: { id, delta } });
    this.#stockMoves++;
    auditService.record('stock', id, { delta, left: result.stock });
    return result;
  }

  discount({ category, tag, percent }) {
    const targets = tag ? this.#repo.tagged(tag) : this.search({ category });
    targets.filter((p) => !category || p.category === category).forEach((p) => applyDiscount(p, percent, tag ? `tag:${tag}` : `category:${category ?? 'all'}`));
    this.lastDiscount = { percent, count: targets.length };
    targets.forEach((p) => auditService.record('discount', p.id, { percent, price: p.price }));
    return targets.map(({ id, price }) => ({ id, price }));
  }

  review(id, stars) {
    const product = this.#repo.update(id, (p) => addRating(p, stars));
    if (!product) throw new NotFoundError(`product ${id} not found`);
    return { id, rating: product.rating, count: product.ratings.count };
  }

  get stats() {
    const mostViewed = [...this.#views].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0] ?? null;
    return { products: this.#repo.size, stockMoves: this.#stockMoves, mostViewed, lastDiscount: this.lastDiscount };
  }
}
