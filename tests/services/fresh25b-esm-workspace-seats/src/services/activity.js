import { requestContext } from '../context.js';

// Feed entries say who did it: the actor is read from the request context inside the listener.
export function activityService({ bus, clock }) {
  const feeds = new Map();
  const notifications = [];
  const add = (ws, text) => {
    const actor = requestContext.getStore()?.actor?.name ?? 'system';
    const feed = feeds.get(ws.id) ?? [];
    feed.push(`${clock.iso().slice(0, 16)} ${actor}: ${text}`);
    feeds.set(ws.id, feed);
  };

  bus.on('workspace.created', ({ ws }) => add(ws, `created ${ws.name} on ${ws.plan}`));
  bus.on('invite.sent', ({ ws, email }) => add(ws, `invited ${email}`));
  bus.on('member.joined', ({ ws, user }) => add(ws, `${user.email} joined (${ws.seatsUsed} seats)`));
  bus.on('member.removed', ({ ws, user }) => add(ws, `removed ${user.email}`));
  bus.on('plan.changed', ({ ws, from }) => add(ws, `plan ${from} -> ${ws.plan}`));
  bus.on('usage.alert', ({ ws, units, quota }) => {
    add(ws, `usage at ${units}/${quota}`);
    notifications.push({ to: ws.ownerId, text: `${ws.name} used ${Math.round((units / quota) * 100)}% of its units` });
  });

  return { feed: (ws) => feeds.get(ws.id) ?? [], notifications };
}
