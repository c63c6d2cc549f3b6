'use strict';

class CycleCountService {
  reviews = [];
  counted = 0;

  constructor({ db, stock, config }) {
    Object.assign(this, { db, stock, config });
  }

  async count(bin, sku, counted) {
    const row = await this.db.findOne('stock', { sku, bin });
    const expected = row?.qty ?? 0;
    const variance = counted - expected;
    this.counted += 1;
    if (variance === 0) return { bin, sku, expected, counted, result: 'match' };
    if (Math.abs(variance) <= this.config.countTolerance) {
      await this.stock.adjust(sku, bin, variance, `CC${this.counted}`);
      return { bin, sku, expected, counted, result: 'adjusted', variance };
    }
    this.reviews.push({ bin, sku, expected, counted });
    return { bin, sku, expected, counted, result: 'needs-review', variance };
  }

  async approve(index) {
    const review = this.reviews[index];
    if (!review) return null;
    this.reviews.splice(index, 1);
    const row = await this.db.findOne('stock', { sku: review.sku, bin: review.bin });
    await this.stock.adjust(review.sku, review.bin, review.counted - (row?.qty ?? 0), 'CC-approved');
    return review;
  }
}

module.exports = { CycleCountService };
