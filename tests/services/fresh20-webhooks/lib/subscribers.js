const subs = [];

exports.add = ({ name, failFirst, topics }) => {
  const sub = { name, failFirst, topics, calls: 0, got: [], keys: new Set() };
  subs.push(sub);
  return { name, topics };
};

exports.keysSeen = () => Object.fromEntries(subs.map((s) => [s.name, s.keys.size]));

exports.matching = (topic) => subs.filter((s) => s.topics.includes('*') || s.topics.includes(topic));

// a fake endpoint: fails its first `failFirst` calls
exports.call = (sub, event, key) => {
  sub.calls += 1;
  sub.keys.add(key);
  if (sub.calls <= sub.failFirst) return { ok: false, status: 503 };
  sub.got.push(event.id);
  return { ok: true, status: 200 };
};
