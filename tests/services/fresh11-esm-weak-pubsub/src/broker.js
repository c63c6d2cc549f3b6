import { SubscriberList } from './collection.js';

const meta = new WeakMap();      // subscriber -> { received, topics }
const muted = new WeakSet();
const topics = new Map();        // topic -> SubscriberList
const byName = new Map();        // name -> subscriber object

export function subscriber(name) {
  let sub = byName.get(name);
  if (!sub) {
    sub = { name, inbox: [] };
    byName.set(name, sub);
    meta.set(sub, { received: 0, topics: new Set() });
  }
  return sub;
}

export function subscribe(name, topic) {
  const sub = subscriber(name);
  if (!topics.has(topic)) topics.set(topic, new SubscriberList());
  topics.get(topic).add(sub);
  meta.get(sub).topics.add(topic);
  return [...meta.get(sub).topics];
}

export function unsubscribe(name, topic) {
  const sub = byName.get(name);
  if (!sub) return false;
  meta.get(sub)?.topics.delete(topic);
  return topics.get(topic)?.delete(sub) ?? false;
}

export const mute = (name) => (byName.has(name) ? (muted.add(byName.get(name)), true) : false);
export const unmute = (name) => muted.delete(byName.get(name) ?? {});

export function publish(topic, message) {
  const list = topics.get(topic);
  if (!list) return { topic, delivered: [], skipped: [] };
  const delivered = [];
  const skipped = [];
  for (const sub of list) {
    if (muted.has(sub)) {
      skipped.push(sub.name);
      continue;
    }
    sub.inbox.push({ topic, message });
    meta.get(sub).received++;
    delivered.push(sub.name);
  }
  return { topic, delivered, skipped };
}

export function describe(name) {
  const sub = byName.get(name);
  if (!sub) return null;
  const { received, topics: subTopics } = meta.get(sub);
  return { name, received, muted: muted.has(sub), topics: [...subTopics].sort(), inbox: sub.inbox.slice(-3) };
}

export const topicSizes = () => Object.fromEntries([...topics].map(([t, list]) => [t, list.map((s) => s.name)]));
