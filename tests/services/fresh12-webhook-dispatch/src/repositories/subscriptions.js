class SubscriptionRepo {
  #byTopic = new Map();
  #count = 0;

  add(topic, url) {
    const set = this.#byTopic.get(topic) ?? new Set();
    if (set.has(url)) return false;
    set.add(url);
    this.#byTopic.set(topic, set);
    this.#count++;
    return true;
  }

  remove(topic, url) {
    const removed = this.#byTopic.get(topic)?.delete(url) ?? false;
    if (removed) this.#count--;
    return removed;
  }

  for(topic) {
    return [...(this.#byTopic.get(topic) ?? [])];
  }

  get size() { return this.#count; }

  topics() {
    return Object.fromEntries([...this.#byTopic].map(([t, urls]) => [t, [...urls]]));
  }
}

module.exports = new SubscriptionRepo();
