// Subscribers registered once at start-up: a persisted snapshot (written to a fake storage
// object as zustand's persist middleware would), derived totals recomputed on change, a history
// of versions, and a coupon watcher through a selector.
'use strict';
const cartStore = require('./cartStore');
const { shallow } = require('./createStore');

const storage = { writes: 0, saved: null };
const derived = { total: 0, lines: 0, recomputes: 0 };
const history = [];
const couponLog = [];

function totals(items) {
  return items.reduce((acc, i) => ({ total: acc.total + i.price * i.qty, lines: acc.lines + 1 }), { total: 0, lines: 0 });
}

cartStore.subscribe((state, prev) => {
  storage.writes += 1;
  storage.saved = JSON.stringify({ items: state.items, coupon: state.coupon });
  if (state.version !== prev.version) history.push(`${prev.version}->${state.version}`);
});

cartStore.subscribeWithSelector(
  (s) => totals(s.items),
  (next) => {
    derived.recomputes += 1;
    Object.assign(derived, next);
  },
  { equalityFn: shallow, fireImmediately: true },
);

const stopCoupon = cartStore.subscribeWithSelector(
  (s) => s.coupon,
  (code, before) => {
    couponLog.push(`${before ?? 'none'}=>${code}`);
    if (couponLog.length >= 2) stopCoupon();
  },
);

module.exports = { storage, derived, history, couponLog };
