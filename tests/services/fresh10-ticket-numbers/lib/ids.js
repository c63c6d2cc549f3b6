function* sequence(prefix) {
  let n = 0;
  while (true) {
    const reset = yield `${prefix}-${String(++n).padStart(3, '0')}`;
    if (reset) n = 0;
  }
}

const tickets = sequence('T');
let issued = 0;

module.exports = {
  nextTicket: () => tickets.next().value,
  resetTickets: () => tickets.next(true).value,
  get serial() {
    issued += 1;
    return issued;
  },
  get issued() {
    return issued;
  },
};
