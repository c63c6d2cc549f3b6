import { Store } from './store.js';
import * as reducers from './reducers.js';

const store = new Store(reducers, { nextId: 1, items: [] });

export const rejected = [];

store.use((s, action, next) => {
  if (action.type === 'renamed' && !action.text?.trim()) {
    rejected.push(action.id);
    return false;
  }
  return next(action);
});
store.use((s, action, next) => next({ ...action, type: action.type.toLowerCase() }));

export default store;
