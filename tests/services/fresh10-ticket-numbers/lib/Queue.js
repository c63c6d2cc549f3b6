class Queue {
  static count = 0;
  static created = [];

  static make(name) {
    this.count++;
    const q = new this(name);
    Queue.created.push(`${this.name}:${name}`);
    return q;
  }

  constructor(name) {
    this.name = name;
    this.items = [];
  }

  add(item) {
    this.items.push(item);
    return this;
  }
}

class PriorityQueue extends Queue {
  static count = 0;
  comparisons = 0;

  add(item) {
    super.add(item);
    this.items.sort((a, b) => {
      this.comparisons++;
      return b.priority - a.priority || a.ticket.localeCompare(b.ticket);
    });
    return this;
  }
}

module.exports = { Queue, PriorityQueue };
