// flash messages per user, kept until a page shows them
const queues = new Map();

function push(user, message) {
  if (!queues.has(user)) queues.set(user, []);
  queues.get(user).push(message);
}

function take(user) {
  const messages = queues.get(user) ?? [];
  queues.delete(user);
  return messages;
}

module.exports = { push, take, pending: () => Object.fromEntries([...queues].map(([u, q]) => [u, q.length])) };
