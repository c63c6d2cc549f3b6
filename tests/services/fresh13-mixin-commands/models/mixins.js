'use strict';
// Behaviour shared by copying methods onto prototypes.
const stats = { bumps: 0, tagOps: 0 };

const Versioned = {
  bump() {
    this.version = (this.version ?? 0) + 1;
    stats.bumps += 1;
    return this.version;
  },
};

const Tagged = {
  tag(name) {
    (this.tags ??= new Set()).add(name);
    stats.tagOps += 1;
    return this;
  },
  untag(name) {
    this.tags?.delete(name);
    stats.tagOps += 1;
    return this;
  },
  tagList() {
    return [...(this.tags ?? [])].sort();
  },
};

const Serializable = {
  toJSON() {
    const { tags, ...rest } = this;
    return { ...rest, tags: this.tagList() };
  },
};

module.exports = { Versioned, Tagged, Serializable, stats };
