'use strict';
const { record, tally } = require('./journal');

class Collection {
  constructor(name, hooks) {
    this.name = name;
    this.hooks = hooks;
    this.items = [];
    this.byTag = {};
    this.seq = 0;
  }

  save(input) {
    const item = this.hooks?.beforeSave?.(input, this) ?? { ...input };
    if (item === false) return null;
    item.id ??= `${this.name[0]}${++this.seq}`;
    this.items.push(item);
    for (const tag of item.tags ?? []) (this.byTag[tag] ??= []).push(item.id);
    this.hooks?.onSave?.call(this, item);
    record(`${this.name} saved ${item.id}`);
    tally(this.name, 'save', ...(item.tags ?? []));
    return item;
  }

  remove(id) {
    const at = this.items.findIndex((i) => i.id === id);
    if (at < 0) return null;
    const [item] = this.items.splice(at, 1);
    for (const tag of item.tags ?? []) this.byTag[tag] = this.byTag[tag].filter((x) => x !== id);
    this.hooks?.onRemove?.(item);
    tally(this.name, 'remove');
    return item;
  }
}

module.exports = { Collection };
