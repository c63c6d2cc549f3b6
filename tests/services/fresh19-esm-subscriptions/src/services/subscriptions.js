import { enablePatches, produceWithPatches, applyPatches } from 'immer';
import { DateTime } from 'luxon';
import * as R from 'ramda';
import { StatusCodes } from 'http-status-codes';
import { PLANS, TRIAL } from '../domain/plans.js';
import { events } from '../events/bus.js';

enablePatches();

export class DomainError extends Error {
  constructor(status, code, message) {
    super(message);
    this.status = status;
    this.code = code;
  }
}

let db = { nextId: 1, subscriptions: {} };
const undoStack = [];
let today = DateTime.fromISO('2026-01-15', { zone: 'utc' });

function commit(recipe) {
  const [next, patches, inverse] = produceWithPatches(db, recipe);
  db = next;
  undoStack.push({ patches, inverse });
  return patches;
}

const findOr404 = (id) => {
  const sub = db.subscriptions[id];
  if (!sub) throw new DomainError(StatusCodes.NOT_FOUND, 'not_found', `subscription ${id} not found`);
  return sub;
};

const isoDate = (dt) => dt.toISODate();

export function subscribe({ customer, plan, trial = false }) {
  if (!PLANS[plan]) throw new DomainError(StatusCodes.UNPROCESSABLE_ENTITY, 'bad_plan', `unknown plan ${plan}`);
  if (!customer) throw new DomainError(StatusCodes.UNPROCESSABLE_ENTITY, 'bad_customer', 'customer required');
  const id = `sub_${db.nextId}`;
  const start = trial ? today.plus(TRIAL) : today;
  commit((draft) => {
    draft.nextId += 1;
    draft.subscriptions[id] = {
      id,
      customer,
      plan,
      status: trial ? 'trialing' : 'active',
      currentPeriodEnd: isoDate(start.plus(PLANS[plan].period)),
      invoices: trial ? [] : [{ n: 1, amount: PLANS[plan].price, date: isoDate(today) }],
    };
  });
  if (!trial) events.publish('invoice.paid', { subscription: id, amount: PLANS[plan].price, plan });
  return db.subscriptions[id];
}

export function changePlan(id, plan) {
  const sub = findOr404(id);
  if (!PLANS[plan]) throw new DomainError(StatusCodes.UNPROCESSABLE_ENTITY, 'bad_plan', `unknown plan ${plan}`);
  if (sub.status === 'cancelled') throw new DomainError(StatusCodes.CONFLICT, 'cancelled', `${id} is cancelled`);
  const end = DateTime.fromISO(sub.currentPeriodEnd, { zone: 'utc' });
  const daysLeft = Math.max(0, Math.round(end.diff(today, 'days').days));
  const patches = commit((draft) => {
    draft.subscriptions[id].plan = plan;
    draft.subscriptions[id].credit = Math.round((PLANS[sub.plan].price * daysLeft) / 30);
  });
  return { subscription: db.subscriptions[id], changed: patches.map((p) => p.path.join('.')) };
}

export function cancel(id) {
  const sub = findOr404(id);
  if (sub.status === 'cancelled') throw new DomainError(StatusCodes.CONFLICT, 'cancelled', `${id} is already cancelled`);
  const refund = sub.status === 'trialing' ? 0 : R.pathOr(0, ['credit'], sub);
  commit((draft) => {
    draft.subscriptions[id].status = 'cancelled';
    draft.subscriptions[id].cancelledOn = isoDate(today);
  });
  events.publish('subscription.cancelled', { subscription: id, refund });
  return db.subscriptions[id];
}

export function advanceClock(days) {
  today = today.plus({ days });
  const due = Object.values(db.subscriptions).filter(
    (s) => s.status !== 'cancelled' && DateTime.fromISO(s.currentPeriodEnd, { zone: 'utc' }) <= today,
  );
  for (const sub of due) {
    const plan = PLANS[sub.plan];
    commit((draft) => {
      const d = draft.subscriptions[sub.id];
      d.status = 'active';
      d.currentPeriodEnd = isoDate(DateTime.fromISO(d.currentPeriodEnd, { zone: 'utc' }).plus(plan.period));
      d.invoices.push({ n: d.invoices.length + 1, amount: plan.price - (d.credit ?? 0), date: isoDate(today) });
      delete d.credit;
    });
    events.publish('invoice.paid', { subscription: sub.id, amount: plan.price - (sub.credit ?? 0), plan: sub.plan });
  }
  return { today: isoDate(today), weekday: today.weekdayShort, renewed: R.pluck('id', due) };
}

export function undo() {
  const last = undoStack.pop();
  if (!last) throw new DomainError(StatusCodes.CONFLICT, 'empty', 'nothing to undo');
  db = applyPatches(db, last.inverse);
  return { reverted: last.patches.length, depth: undoStack.length };
}

const summarize = R.pipe(
  R.values,
  R.groupBy(R.prop('status')),
  R.map(R.length),
);

export const list = (status) => R.sortBy(R.prop('id'), Object.values(db.subscriptions).filter((s) => !status || s.status === status));
export const get = (id) => findOr404(id);
export const stats = () => ({ byStatus: summarize(db.subscriptions), undo: undoStack.length, today: isoDate(today) });
