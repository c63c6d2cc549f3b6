let nextSub = 1;
export const subscriptions = [];

export function subscribe({ url, events, secret }) {
  const sub = { id: `sub_${nextSub++}`, url, events, secret, active: true, failures: 0 };
  subscriptions.push(sub);
  return sub;
}

export function matching(type) {
  return subscriptions.filter((s) => s.active && s.events.some((e) => e === '*' || e === type || (e.endsWith('.*') && type.startsWith(e.slice(0, -1)))));
}

export function find(id) {
  return subscriptions.find((s) => s.id === id);
}
