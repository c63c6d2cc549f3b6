// An in-memory broker: topic patterns with `*` (one word) and `#` (any rest),
// a Map from pattern to a Set of handlers, retained last messages per topic.
function matches(pattern, topic) {
  const p = pattern.split('.');
  const t = topic.split('.');
  for (let i = 0; i < p.length; i++) {
    if (p[i] === '#') return true;
    if (i >= t.length || (p[i] !== '*' && p[i] !== t[i])) return false;
  }
  return p.length === t.length;
}

function createBroker() {
  const handlers = new Map();
  const retained = {};
  let delivered = 0;

  return {
    subscribe(pattern, handler) {
      if (!handlers.has(pattern)) handlers.set(pattern, new Set());
      handlers.get(pattern).add(handler);
      Object.entries(retained)
        .filter(([topic]) => matches(pattern, topic))
        .forEach(([topic, msg]) => handler(msg, topic));
      return () => {
        const set = handlers.get(pattern);
        set.delete(handler);
        if (!set.size) handlers.delete(pattern);
      };
    },
    publish(topic, msg, { retain = false } = {}) {
      if (retain) retained[topic] = msg;
      let n = 0;
      handlers.forEach((set, pattern) => {
        if (!matches(pattern, topic)) return;
        for (const h of set) {
          h(msg, topic);
          n++;
        }
      });
      delivered += n;
      return n;
    },
    get stats() {
      return { patterns: [...handlers.keys()], retained: Object.keys(retained), delivered };
    },
  };
}

module.exports = { createBroker, matches };
