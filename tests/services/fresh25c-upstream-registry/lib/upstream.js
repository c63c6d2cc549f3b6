'use strict';

class Upstream {
  constructor(id, url, weight = 1) {
    this.id = id;
    this.url = url;
    this.weight = weight;
    this.hits = 0;
    this.failures = 0;
    this.healthy = true;
    this.meta = {};
  }

  fail() {
    this.failures += 1;
    if (this.failures >= 2) this.healthy = false;
    return this;
  }

  recover() {
    this.failures = 0;
    this.healthy = true;
    return this;
  }

  toJSON() {
    const { id, url, weight, hits, failures, healthy, meta } = this;
    return { id, url, weight, hits, failures, healthy, meta };
  }
}

module.exports = { Upstream };
