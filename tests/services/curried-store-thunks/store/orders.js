const { createStore, createSelector, thunk, logger } = require('./core');

const initial = { orders: [], nextId: 1, discount: 0 };

function reducer(state = initial, action) {
  switch (action.type) {
    case 'order/add':
      return { ...state, orders: [...state.orders, { id: state.nextId, ...action.order }], nextId: state.nextId + 1 };
    case 'order/cancel':
      return { ...state, orders: state.orders.filter((o) => o.id !== action.id) };
    case 'discount/set':
      return { ...state, discount: action.percent };
    default:
      return state;
  }
}

const log = [];
const store = createStore(reducer, [thunk, logger(log)]);

const selectTotal = createSelector(
  [(s) => s.orders, (s) => s.discount],
  (orders, discount) => Math.round(orders.reduce((t, o) => t + o.qty * o.price, 0) * (100 - discount)) / 100,
);

// A thunk: adds an order unless the same sku is already ordered, then maybe a bulk discount.
const addOrder = (order) => (dispatch, getState) => {
  if (getState().orders.some((o) => o.sku === order.sku)) return { error: `already ordered ${order.sku}` };
  dispatch({ type: 'order/add', order });
  if (getState().orders.length >= 3 && getState().discount === 0) dispatch({ type: 'discount/set', percent: 10 });
  return { ok: getState().nextId - 1 };
};

const changes = { count: 0, lastType: null };
const stop = store.subscribe((state, action) => {
  changes.count += 1;
  changes.lastType = action.type;
  if (action.type === 'discount/set') stop();
});

module.exports = { store, selectTotal, addOrder, log, changes };
