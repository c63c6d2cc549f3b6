'use strict';

const TRANSITIONS = Object.freeze({
  open: { assign: 'assigned', close: 'closed' },
  assigned: { start: 'in_progress', unassign: 'open' },
  in_progress: { block: 'blocked', resolve: 'resolved' },
  blocked: { unblock: 'in_progress' },
  resolved: { reopen: 'open', close: 'closed' },
  closed: {},
});

const initialState = { tickets: {}, seq: 0, rejected: 0 };

function ticketReducer(ticket, action) {
  const next = TRANSITIONS[ticket.status]?.[action.type];
  if (!next) return null;
  return {
    ...ticket,
    status: next,
    assignee: action.type === 'assign' ? action.assignee : action.type === 'unassign' ? null : ticket.assignee,
    history: [...ticket.history, `${ticket.status}->${next}`],
  };
}

function reducer(state = initialState, action) {
  switch (action.type) {
    case 'create': {
      const id = `T-${state.seq + 1}`;
      const ticket = { id, title: action.title, priority: action.priority ?? 'normal', status: 'open', assignee: null, history: [] };
      return { ...state, seq: state.seq + 1, tickets: { ...state.tickets, [id]: ticket } };
    }
    case 'bulk-priority':
      // rebuild every ticket through entries/fromEntries
      return {
        ...state,
        tickets: Object.fromEntries(
          Object.entries(state.tickets).map(([id, t]) => [id, action.ids.includes(id) ? { ...t, priority: action.priority } : t]),
        ),
      };
    default: {
      const current = state.tickets[action.id];
      if (!current) return { ...state, rejected: state.rejected + 1 };
      const updated = ticketReducer(current, action);
      if (!updated) return { ...state, rejected: state.rejected + 1 };
      return { ...state, tickets: { ...state.tickets, [action.id]: updated } };
    }
  }
}

module.exports = { reducer, initialState, TRANSITIONS };
