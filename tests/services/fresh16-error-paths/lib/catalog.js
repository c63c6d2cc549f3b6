'use strict';

// the config is parsed on first use (lazy getter) and cached on the object
const settings = {
  parses: 0,
  get limits() {
    this.parses++;
    const value = JSON.parse('{"maxStock": 20, "maxName": 12}');
    Object.defineProperty(this, 'limits', { value, writable: false });
    return value;
  },
};

const items = new Map();
const attempts = { total: 0, rolledBack: 0, locked: false };

module.exports = { settings, items, attempts };
