'use strict';
const { reducer } = require('./machine');

let state = reducer(undefined, { type: '@@init' });
const log = [];

function dispatch(action) {
  const before = state;
  state = reducer(state, action);
  log.push({ type: action.type, changed: before !== state && before.rejected === state.rejected });
  return state;
}

function groupBy(items, keyOf) {
  const groups = new Map();
  for (const item of items) {
    const key = keyOf(item);
    if (!groups.has(key)) groups.set(key, []);
    groups.get(key).push(item);
  }
  return groups;
}

module.exports = {
  dispatch,
  getState: () => state,
  groupBy,
  get actions() {
    return log.length;
  },
  lastActions: (n = 3) => log.slice(-n),
};
