// Account state rebuilt from events by a reducer, and a totals projection over all streams.
export function account(state, event) {
  const { type, data } = event;
  switch (type) {
    case 'opened':
      return { owner: data.owner, currency: data.currency ?? 'EUR', balance: 0, closed: false, version: event.version, tags: [] };
    case 'deposited':
      return { ...state, balance: state.balance + data.amount, version: event.version };
    case 'withdrawn':
      return { ...state, balance: state.balance - data.amount, version: event.version };
    case 'tagged': {
      const tags = state.tags.includes(data.tag) ? state.tags : [...state.tags, data.tag];
      return { ...state, tags, version: event.version };
    }
    case 'closed':
      return { ...state, closed: true, version: event.version };
    default:
      return state;
  }
}

export function totals(events) {
  const acc = {};
  for (const { type, data } of events) {
    acc[type] ??= { count: 0, amount: 0 };
    acc[type].count += 1;
    acc[type].amount += data?.amount ?? 0;
  }
  return acc;
}
