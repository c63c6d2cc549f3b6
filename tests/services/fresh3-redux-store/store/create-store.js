// A tiny Redux: the state and the listeners live in the closure of createStore.
function createStore(reducer, preloadedState, enhancer) {
  if (typeof enhancer === 'function') return enhancer(createStore)(reducer, preloadedState);

  let state = preloadedState;
  let listeners = [];
  let dispatching = false;

  function getState() {
    return state;
  }

  function subscribe(listener) {
    listeners.push(listener);
    return function unsubscribe() {
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
    listeners.slice().forEach((l) => l());
    return action;
  }

  dispatch({ type: '@@INIT' });
  return { getState, subscribe, dispatch };
}

function combineReducers(reducers) {
  const keys = Object.keys(reducers);
  return (state = {}, action) =>
    keys.reduce((next, key) => {
      next[key] = reducers[key](state[key], action);
      return next;
    }, {});
}

const compose = (...fns) => fns.reduce((a, b) => (...args) => a(b(...args)));

function applyMiddleware(...middlewares) {
  return (create) => (reducer, preloaded) => {
    const store = create(reducer, preloaded);
    const api = { getState: store.getState, dispatch: (a) => dispatch(a) };
    let dispatch = compose(...middlewares.map((m) => m(api)))(store.dispatch);
    return { ...store, dispatch };
  };
}

module.exports = { createStore, combineReducers, applyMiddleware };
