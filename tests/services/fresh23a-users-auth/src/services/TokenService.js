'use strict';

const jwt = require('jsonwebtoken');
const config = require('../config');
const { UnauthorizedError } = require('../errors');

class TokenService {
  #issued = 0;
  #rejected = 0;

  issue(user) {
    this.#issued += 1;
    // noTimestamp: tokens are reproducible (tests replay them)
    return jwt.sign({ sub: user.id, role: user.role, ver: user.tokenVersion }, config.jwt.secret, {
      issuer: config.jwt.issuer,
      noTimestamp: true,
    });
  }

  verify(token) {
    try {
      return jwt.verify(token, config.jwt.secret, { issuer: config.jwt.issuer });
    } catch (err) {
      this.#rejected += 1;
      throw new UnauthorizedError(`invalid token: ${err.message}`);
    }
  }

  noteRejected() {
    this.#rejected += 1;
  }

  get stats() {
    return { issued: this.#issued, rejected: this.#rejected };
  }
}

module.exports = new TokenService();
