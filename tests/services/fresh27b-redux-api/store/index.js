'use strict';
const { createStore, applyMiddleware, combineReducers } = require('./createStore');

const todos = (state = [], action) => {
  switch (action.type) {
    case 'todos/add': return [...state, { id: action.id, title: action.title, done: false }];
    case 'todos/toggle': return state.map((t) => (t.id === action.id ? { ...t, done: !t.done } : t));
    case 'todos/clearDone': return state.filter((t) => !t.done);
    default: return state;
  }
};

const filter = (state = 'all', action) => (action.type === 'filter/set' ? action.value : state);

const actionLog = [];
const logger = () => (next) => (action) => {
  actionLog.push(action.type);
  return next(action);
};

let nextId = 1;
const ids = () => (next) => (action) => next(action.type === 'todos/add' ? { ...action, id: nextId++ } : action);

const validate = ({ getState }) => (next) => (action) => {
  if (action.type === 'todos/toggle' && !getState().todos.some((t) => t.id === action.id)) {
    const err = new Error(`no todo ${action.id}`);
    err.status = 404;
    throw err;
  }
  return next(action);
};

const store = createStore(combineReducers({ todos, filter }), undefined, applyMiddleware(logger, validate, ids));

module.exports = { store, actionLog };
