'use strict';

const { check, required, string, intRange } = require('../lib/validate');

module.exports = ({ loans, holds, fines }) => ({
  borrow(req, res) {
    const { bookId } = check(req.body, { bookId: [required, string] });
    res.status(201).json(loans.checkout(req.member, bookId));
  },
  renew(req, res) {
    res.json(loans.renew(req.member, req.params.id));
  },
  giveBack(req, res) {
    res.json(loans.giveBack(req.member, req.params.id));
  },
  hold(req, res) {
    const { bookId } = check(req.body, { bookId: [required, string] });
    res.status(201).json(holds.place(req.member, bookId));
  },
  cancelHold(req, res) {
    res.json(holds.cancel(req.member, req.params.id));
  },
  pay(req, res) {
    const { cents } = check(req.body, { cents: [required, intRange(1, 10000)] });
    res.json(fines.pay(req.member, cents));
  },
  me(req, res) {
    const m = req.member;
    res.json({
      name: m.name,
      loans: loans.forMember(m.id),
      holds: holds.forMember(m.id),
      fines: fines.list(m.id),
      owedCents: fines.balance(m.id),
      inbox: m.inbox,
    });
  },
});
