// Listeners installed at start-up: a freeze list that stops every later listener, a policy vetoing
// reservations over the level, a counter object with `handleEvent`, and a low-stock alert whose
// listeners go away together when their AbortController is aborted (its own 'abort' listener notes why).
'use strict';
const { warehouse } = require('./warehouse');

const frozen = new Set();
const tally = {
  reserve: 0,
  reserved: 0,
  restocked: 0,
  handleEvent(event) {
    this[event.type] += 1;
  },
};
const alerts = [];
const alerting = { on: false, stoppedBy: null, stops: 0 };
let controller = null;

warehouse.addEventListener('reserve', (event) => {
  if (frozen.has(event.sku)) {
    event.notes.push('frozen');
    event.preventDefault();
    event.stopImmediatePropagation();
  }
});
warehouse.addEventListener('reserve', tally);
warehouse.addEventListener('reserve', (event) => {
  if (warehouse.level(event.sku) < event.qty) {
    event.notes.push(`short:${warehouse.level(event.sku)}`);
    event.preventDefault();
  }
});
warehouse.addEventListener('reserve', (event) => {
  event.notes.push(event.defaultPrevented ? 'vetoed' : 'passed');
});
warehouse.addEventListener('reserved', tally);
warehouse.addEventListener('restocked', tally);

function startAlerts(threshold) {
  if (controller) return false;
  controller = new AbortController();
  const { signal } = controller;
  const onReserved = (event) => {
    const left = warehouse.level(event.sku);
    if (left <= threshold) alerts.push(`${event.sku}:${left}`);
  };
  warehouse.addEventListener('reserved', onReserved, { signal });
  warehouse.addEventListener('restocked', (event) => alerts.push(`${event.sku}:back:${warehouse.level(event.sku)}`), { signal });
  signal.addEventListener('abort', () => {
    alerting.on = false;
    alerting.stoppedBy = signal.reason;
    alerting.stops += 1;
    controller = null;
  }, { once: true });
  alerting.on = true;
  return true;
}

function stopAlerts(who) {
  if (!controller) return false;
  controller.abort(who);
  return true;
}

startAlerts(3);

module.exports = { frozen, tally, alerts, alerting, startAlerts, stopAlerts };
