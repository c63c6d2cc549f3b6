'use strict';

class LedgerError extends Error {
  constructor(message, status = 400) {
    super(message);
    this.name = this.constructor.name;
    this.status = status;
  }
}

class InsufficientFunds extends LedgerError {
  constructor(owner, wanted, has) {
    super(`${owner} has ${has}, wanted ${wanted}`, 409);
  }
}

class NotFound extends LedgerError {
  constructor(id) {
    super(`no account ${id}`, 404);
  }
}

module.exports = { LedgerError, InsufficientFunds, NotFound };
