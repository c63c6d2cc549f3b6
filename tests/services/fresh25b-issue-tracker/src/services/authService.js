'use strict';

const jwt = require('jsonwebtoken');
const { hashPassword } = require('../repositories');
const { UnauthorizedError } = require('../utils/errors');

class AuthService {
  constructor({ users, clock, jwtConfig }) {
    this.users = users;
    this.clock = clock;
    this.jwtConfig = jwtConfig;
    this.revoked = new Set();
    this.issued = 0;
  }

  login(username, password) {
    const user = this.users.findOne((u) => u.username === username);
    if (!user || user.passwordHash !== hashPassword(password, user.salt)) {
      throw new UnauthorizedError('Invalid credentials');
    }
    const now = this.clock.nowSeconds();
    this.issued += 1;
    const token = jwt.sign(
      { sub: user.id, name: user.username, iat: now, exp: now + this.jwtConfig.ttlSeconds, jti: `t${this.issued}` },
      this.jwtConfig.secret,
      { issuer: this.jwtConfig.issuer },
    );
    return { token, expiresAt: new Date((now + this.jwtConfig.ttlSeconds) * 1000).toISOString() };
  }

  verify(token) {
    let claims;
    try {
      claims = jwt.verify(token, this.jwtConfig.secret, {
        issuer: this.jwtConfig.issuer,
        clockTimestamp: this.clock.nowSeconds(),
      });
    } catch (err) {
      throw new UnauthorizedError(err.name === 'TokenExpiredError' ? 'Token expired' : 'Invalid token');
    }
    if (this.revoked.has(claims.jti)) throw new UnauthorizedError('Token revoked');
    const user = this.users.findById(claims.sub);
    if (!user) throw new UnauthorizedError('Unknown user');
    return { id: user.id, username: user.username, jti: claims.jti };
  }

  logout(jti) {
    this.revoked.add(jti);
    return { revoked: this.revoked.size };
  }
}

module.exports = AuthService;
