const state = require('./state');

class Catalog {
  get index() {
    // built on first use, kept afterwards
    return (this._index ??= new Map());
  }

  add(name, tags) {
    state.counter++;
    for (const tag of tags) {
      if (!this.index.has(tag)) this.index.set(tag, []);
      this.index.get(tag).push(name);
    }
  }

  byTag(tag) { return this.index.get(tag) ?? []; }
}

module.exports = new Catalog();
