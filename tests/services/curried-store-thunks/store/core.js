// A small store: middlewares are curried `({ getState, dispatch }) => (next) => (action) => ...`.
function createStore(reducer, middlewares = []) {
  let state = reducer(undefined, { type: '@init' });
  let subscribers = new Set();

  const api = {
    getState: () => state,
    dispatch: (action) => dispatch(action),
  };
  const base = (action) => {
    state = reducer(state, action);
    for (const fn of [...subscribers]) fn(state, action);
    return action;
  };
  const dispatch = middlewares.map((m) => m(api)).reduceRight((next, mw) => mw(next), base);

  return {
    ...api,
    subscribe(fn) {
      subscribers.add(fn);
      return () => subscribers.delete(fn);
    },
  };
}

// A memoizing selector: recomputes only when one of its inputs changed; counts recomputations.
function createSelector(inputs, combine) {
  let lastArgs = null;
  let lastResult;
  let recomputations = 0;
  const selector = (state) => {
    const args = inputs.map((fn) => fn(state));
    if (lastArgs && args.every((a, i) => a === lastArgs[i])) return lastResult;
    recomputations += 1;
    lastArgs = args;
    lastResult = combine(...args);
    return lastResult;
  };
  selector.recomputations = () => recomputations;
  return selector;
}

const thunk = ({ dispatch, getState }) => (next) => (action) =>
  typeof action === 'function' ? action(dispatch, getState) : next(action);

const logger = (log) => () => (next) => (action) => {
  const out = next(action);
  log.push(action.type);
  return out;
};

module.exports = { createStore, createSelector, thunk, logger };
