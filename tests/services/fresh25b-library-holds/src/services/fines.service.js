'use strict';

const events = require('../lib/events');
const { Invalid } = require('../lib/errors');

module.exports = function createFineService({ repos, clock, config }) {
  const balance = (memberId) =>
    repos.fines.where((f) => f.memberId === memberId).reduce((sum, f) => sum + f.amountCents - f.paidCents, 0);

  events.on('loan.returned', ({ loanId, memberId, lateDays }) => {
    if (lateDays <= 0) return;
    const amountCents = Math.min(lateDays * config.finePerDayCents, config.fineCapCents);
    repos.fines.insert({ memberId, loanId, amountCents, paidCents: 0, raisedOn: clock.today() });
    events.emit('fine.raised', { memberId, amountCents });
  });

  return {
    balance,
    pay(member, cents) {
      let left = cents;
      const owed = balance(member.id);
      if (cents > owed) throw new Invalid(`Cannot pay ${cents} cents, only ${owed} owed`);
      for (const fine of repos.fines.where((f) => f.memberId === member.id && f.paidCents < f.amountCents)) {
        const part = Math.min(left, fine.amountCents - fine.paidCents);
        repos.fines.patch(fine.id, { paidCents: fine.paidCents + part });
        left -= part;
        if (!left) break;
      }
      events.emit('fine.paid', { memberId: member.id, cents });
      return { paidCents: cents, owedCents: balance(member.id) };
    },
    list: (memberId) => repos.fines.where((f) => f.memberId === memberId).map(({ memberId: _m, ...f }) => f),
  };
};
