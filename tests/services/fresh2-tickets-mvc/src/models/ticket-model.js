const PRIORITIES = ['low', 'normal', 'high', 'urgent'];

const ticketModel = {
  tickets: [],
  lastId: 100,

  insert({ title, priority = 'normal', reporter }) {
    this.lastId += 1;
    const ticket = { id: this.lastId, title, priority, reporter, state: 'open', comments: [] };
    this.tickets.push(ticket);
    return ticket;
  },

  byId(id) {
    return this.tickets.find((t) => t.id === id);
  },

  query({ state, minPriority } = {}) {
    const floor = PRIORITIES.indexOf(minPriority ?? 'low');
    return this.tickets
      .filter((t) => (state ? t.state === state : true) && PRIORITIES.indexOf(t.priority) >= floor)
      .toSorted((a, b) => PRIORITIES.indexOf(b.priority) - PRIORITIES.indexOf(a.priority) || a.id - b.id);
  },
};

module.exports = { ticketModel, PRIORITIES };
