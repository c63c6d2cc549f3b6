'use strict';

const reads = { words: 0 };

function addComputed(doc) {
  Object.defineProperty(doc, 'words', {
    enumerable: true,
    get() {
      reads.words++;
      return String(this.body ?? '').split(/\s+/).filter(Boolean).length;
    },
  });
  let status = 'draft';
  Object.defineProperty(doc, 'status', {
    enumerable: true,
    get: () => status,
    set(next) {
      if (!['draft', 'review', 'published'].includes(next)) throw new TypeError(`bad status ${next}`);
      status = next;
    },
  });
  return doc;
}

module.exports = { addComputed, reads };
