const BaseRepo = require('./BaseRepo');

class ProductRepo extends BaseRepo {
  constructor() {
    super('products');
    this.slugs = new Set();
  }

  async save(row) {
    const slug = row.name.toLowerCase().replace(/[^a-z0-9]+/g, '-');
    if (this.slugs.has(slug) && !this.rows.has(row.id)) throw Object.assign(new Error(`duplicate ${slug}`), { status: 409 });
    this.slugs.add(slug);
    return super.save({ ...row, slug });
  }
}

module.exports = new ProductRepo();
