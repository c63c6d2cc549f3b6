'use strict';
const bus = require('../events/bus');

const outbox = [];

function welcome({ email }) {
  outbox.push({ to: email, template: 'welcome-first-user' });
  bus.trace('mailer:welcome');
}

// only the very first registered user gets the founder mail
bus.once('user.registered', welcome);
bus.on('user.registered', ({ email }) => outbox.push({ to: email, template: 'confirm' }));
bus.on('order.placed', function receipt(e) {
  outbox.push({ to: e.email, template: 'receipt', total: e.total });
  bus.trace('mailer:receipt');
});

module.exports = { outbox, get sent() { return outbox.length; } };
