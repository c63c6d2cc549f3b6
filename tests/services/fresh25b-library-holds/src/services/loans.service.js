'use strict';

const events = require('../lib/events');
const { DAY, daysBetween } = require('../lib/clock');
const { NotFound, Unavailable, LimitReached, Blocked, Forbidden } = require('../lib/errors');

module.exports = function createLoanService({ repos, clock, config, catalog, fines }) {
  const iso = (t) => new Date(t).toISOString().slice(0, 10);

  function ownLoan(member, loanId) {
    const loan = repos.loans.byId(loanId);
    if (!loan) throw new NotFound(`No loan ${loanId}`);
    if (loan.memberId !== member.id && member.role !== 'librarian') throw new Forbidden('Not your loan');
    return loan;
  }

  return {
    checkout(member, bookId) {
      catalog.get(bookId);
      const owed = fines.balance(member.id);
      if (owed >= config.blockAtCents) throw new Blocked(`Outstanding fines of ${owed} cents`, { owedCents: owed });
      const active = repos.loans.where((l) => l.memberId === member.id && !l.returnedAt);
      if (active.length >= config.maxActiveLoans) throw new LimitReached(`At most ${config.maxActiveLoans} loans at once`);
      const myHold = repos.holds.first((h) => h.bookId === bookId && h.memberId === member.id && h.status === 'ready');
      if (!myHold && catalog.onShelf(bookId) <= 0) {
        throw new Unavailable('No copy on the shelf', { hint: 'POST /holds to join the queue' });
      }
      if (myHold) {
        repos.holds.patch(myHold.id, { status: 'collected' });
        events.emit('hold.collected', { bookId, holdId: myHold.id });
      }
      const loan = repos.loans.insert({
        bookId,
        memberId: member.id,
        loanedAt: clock.now(),
        due: clock.now() + config.loanDays * DAY,
        renewals: 0,
        returnedAt: null,
      });
      events.emit('loan.created', { bookId, loanId: loan.id, memberId: member.id });
      return this.present(loan);
    },

    renew(member, loanId) {
      const loan = ownLoan(member, loanId);
      if (loan.returnedAt) throw new Unavailable('Loan already returned');
      if (loan.renewals >= config.maxRenewals) throw new LimitReached('Renewal limit reached');
      const waiting = repos.holds.where((h) => h.bookId === loan.bookId && h.status === 'waiting').length;
      if (waiting) throw new Unavailable(`${waiting} member(s) waiting for this book`);
      repos.loans.patch(loan.id, { due: loan.due + config.loanDays * DAY, renewals: loan.renewals + 1 });
      return this.present(loan);
    },

    giveBack(member, loanId) {
      const loan = ownLoan(member, loanId);
      if (loan.returnedAt) throw new Unavailable('Loan already returned');
      repos.loans.patch(loan.id, { returnedAt: clock.now() });
      const lateDays = Math.max(0, daysBetween(loan.due, clock.now()));
      events.emit('loan.returned', { bookId: loan.bookId, loanId: loan.id, memberId: loan.memberId, lateDays });
      return { ...this.present(loan), lateDays };
    },

    present(loan) {
      const overdueDays = loan.returnedAt ? 0 : Math.max(0, daysBetween(loan.due, clock.now()));
      return {
        id: loan.id,
        bookId: loan.bookId,
        member: loan.memberId,
        due: iso(loan.due),
        renewals: loan.renewals,
        returned: loan.returnedAt ? iso(loan.returnedAt) : null,
        overdueDays,
      };
    },

    forMember(memberId) {
      return repos.loans.where((l) => l.memberId === memberId).map((l) => this.present(l));
    },
  };
};
