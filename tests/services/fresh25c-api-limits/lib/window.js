'use strict';
// A fixed-window limiter per key, with class statics counting every limiter made and every block.
class Window {
  static made = 0;
  static blocked = 0;
  static byName;
  static {
    Window.byName = new Map();
  }

  constructor(name, limit) {
    this.name = name;
    this.limit = limit;
    this.used = {};
    Window.made++;
    Window.byName.set(name, this);
  }

  hit(key, cost = 1) {
    const used = (this.used[key] ||= 0) + cost;
    if (used > this.limit) {
      Window.blocked++;
      return false;
    }
    this.used[key] = used;
    return true;
  }

  roll() {
    for (const key of Object.keys(this.used)) delete this.used[key];
  }
}

module.exports = { Window };
