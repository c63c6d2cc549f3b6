class PriorityQueue {
  constructor(compare) {
    this.items = [];
    this.compare = compare;
  }
  push(item) {
    this.items.push(item);
    this.items.sort(this.compare);
    return this.items.length;
  }
  shift() {
    return this.items.shift();
  }
  remove(pred) {
    const i = this.items.findIndex(pred);
    return i === -1 ? undefined : this.items.splice(i, 1)[0];
  }
  get length() {
    return this.items.length;
  }
}
module.exports = PriorityQueue;
