import desk from './tickets.js';

export const outbox = [];

desk.events.on('opened', (t) => {
  if (t.priority === 'urgent') outbox.push(`page on-call: #${t.id}`);
});
desk.events.on('breach', (t) => outbox.push(`SLA breach #${t.id} (${t.agent})`));
