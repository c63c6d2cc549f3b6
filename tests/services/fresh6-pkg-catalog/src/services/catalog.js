const _ = require('lodash');
const createError = require('http-errors');
const getConfig = require('../config');

class CatalogService {
  constructor() {
    this.products = [];
    this.nextSku = 1;
  }

  add({ name, category, price }) {
    const config = getConfig();
    if (!_.includes(config.categories, category)) throw createError(422, `unknown category ${category}`);
    if (_.filter(this.products, { category }).length >= config.maxPerCategory) {
      throw createError(409, `category ${category} is full`);
    }
    const product = { sku: `P${this.nextSku++}`, name: _.startCase(name), category, price };
    this.products.push(product);
    return product;
  }

  find(sku) {
    const product = _.find(this.products, { sku });
    if (!product) throw new createError.NotFound(`no product ${sku}`);
    return product;
  }

  reprice(sku, price) {
    const product = this.find(sku);
    _.assign(product, { price, repriced: (product.repriced || 0) + 1 });
    return product;
  }

  summary() {
    const { taxRate, currency } = getConfig();
    const byCategory = _.groupBy(this.products, 'category');
    return _.mapValues(byCategory, (items) => ({
      count: items.length,
      gross: `${_.round(_.sumBy(items, 'price') * (1 + taxRate), 2)} ${currency}`,
    }));
  }

  remove(sku) {
    const removed = _.remove(this.products, { sku });
    if (removed.length === 0) throw createError(404, `no product ${sku}`);
    return removed[0];
  }
}

module.exports = new CatalogService();
