// A vanilla store as zustand's is written by hand: `createStore((set, get) => ({ ...state, ...actions }))`,
// `setState` merging partial state (or a function of it), `subscribe(listener)` returning its
// unsubscribe, and a selector subscription calling its listener only when the slice changes.
'use strict';

function createStore(initializer) {
  let state;
  const listeners = new Set();

  const getState = () => state;
  const setState = (partial, replace = false) => {
    const next = typeof partial === 'function' ? partial(state) : partial;
    if (Object.is(next, state)) return;
    const previous = state;
    state = replace ? next : Object.assign({}, state, next);
    listeners.forEach((listener) => listener(state, previous));
  };
  const subscribe = (listener) => {
    listeners.add(listener);
    return () => listeners.delete(listener);
  };
  const subscribeWithSelector = (selector, listener, { equalityFn = Object.is, fireImmediately = false } = {}) => {
    let current = selector(state);
    if (fireImmediately) listener(current, current);
    return subscribe((next) => {
      const slice = selector(next);
      if (!equalityFn(current, slice)) {
        const before = current;
        current = slice;
        listener(slice, before);
      }
    });
  };
  const api = { getState, setState, subscribe, subscribeWithSelector, listenerCount: () => listeners.size };
  state = initializer(setState, getState, api);
  return api;
}

const shallow = (a, b) => {
  if (Object.is(a, b)) return true;
  const ka = Object.keys(a);
  return ka.length === Object.keys(b).length && ka.every((k) => Object.is(a[k], b[k]));
};

module.exports = { createStore, shallow };
