'use strict';
// A Redux-like store written by hand (no dependency), with middleware composition.

function createStore(reducer, preloadedState, enhancer) {
  if (typeof enhancer === 'function') return enhancer(createStore)(reducer, preloadedState);
  let state = preloadedState;
  let listeners = [];
  let dispatching = false;

  function getState() { return state; }

  function subscribe(listener) {
    listeners.push(listener);
    let subscribed = true;
    return function unsubscribe() {
      if (!subscribed) return;
      subscribed = false;
      listeners = listeners.filter((l) => l !== listener);
    };
  }

  function dispatch(action) {
    if (dispatching) throw new Error('Reducers may not dispatch actions.');
    try {
      dispatching = true;
      state = reducer(state, action);
    } finally {
      dispatching = false;
    }
    for (const l of listeners.slice()) l();
    return action;
  }

  dispatch({ type: '@@INIT' });
  return { getState, subscribe, dispatch };
}

const compose = (...fns) => fns.reduce((a, b) => (...args) => a(b(...args)), (x) => x);

function applyMiddleware(...middlewares) {
  return (next) => (reducer, preloaded) => {
    const store = next(reducer, preloaded);
    let dispatch = () => { throw new Error('dispatching while constructing'); };
    const api = { getState: store.getState, dispatch: (...args) => dispatch(...args) };
    dispatch = compose(...middlewares.map((m) => m(api)))(store.dispatch);
    return { ...store, dispatch };
  };
}

function combineReducers(reducers) {
  return (state = {}, action) => {
    const next = {};
    let changed = false;
    for (const [key, r] of Object.entries(reducers)) {
      next[key] = r(state[key], action);
      changed = changed || next[key] !== state[key];
    }
    return changed ? next : state;
  };
}

module.exports = { createStore, applyMiddleware, combineReducers, compose };
