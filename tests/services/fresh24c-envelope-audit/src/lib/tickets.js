const tickets = [];
let nextId = 1;

const tick = () => new Promise((resolve) => setImmediate(resolve));

module.exports = {
  async create({ title, reporter }) {
    await tick();
    const ticket = { id: nextId++, title, reporter, status: 'open', comments: [] };
    tickets.push(ticket);
    return ticket;
  },
  list(status) {
    return status ? tickets.filter((t) => t.status === status) : tickets;
  },
  get(id) {
    return tickets.find((t) => t.id === id);
  },
};
