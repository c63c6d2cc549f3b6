import jwt from 'jsonwebtoken';
import { config } from '../config/index.js';
import { AuthError } from '../errors/AuthError.js';
import { rotate } from '../utils/family.js';

export class TokenService {
  #store;
  #accessSeq = 0;
  #refreshSeq = 0;

  constructor(store) {
    this.#store = store;
  }

  #pair(family) {
    const refreshJti = `r${++this.#refreshSeq}`;
    const accessToken = jwt.sign({ sub: family.userId, fam: family.id, jti: `a${++this.#accessSeq}` }, config.accessSecret, { noTimestamp: true });
    const refreshToken = jwt.sign({ sub: family.userId, fam: family.id, jti: refreshJti, typ: 'refresh' }, config.refreshSecret, { noTimestamp: true });
    if (family.current === null) family.current = refreshJti;
    else rotate(family, refreshJti);
    return { accessToken, refreshToken, family: family.id };
  }

  issueFor(user) {
    return this.#pair(this.#store.open(user.id));
  }

  refresh(refreshToken) {
    let claims;
    try {
      claims = jwt.verify(refreshToken, config.refreshSecret);
    } catch {
      throw new AuthError('malformed refresh token', 'BAD_TOKEN');
    }
    const family = this.#store.get(claims.fam);
    if (!family || family.revoked) throw new AuthError(`session ${claims.fam} was ended`, 'SESSION_ENDED');
    if (family.current !== claims.jti) {
      // an old token came back: someone kept a copy, end the whole session
      this.#store.revoke(family, `reuse of ${claims.jti}`);
      throw new AuthError('refresh token reuse detected', 'TOKEN_REUSE');
    }
    return this.#pair(family);
  }

  logout(refreshToken) {
    const claims = jwt.decode(refreshToken);
    const family = claims && this.#store.get(claims.fam);
    if (family && !family.revoked) this.#store.revoke(family, 'logout');
    return Boolean(family);
  }

  verifyAccess(token) {
    try {
      const claims = jwt.verify(token, config.accessSecret);
      const family = this.#store.get(claims.fam);
      if (family?.revoked) throw new Error('revoked');
      return claims;
    } catch {
      throw new AuthError('invalid access token', 'BAD_TOKEN');
    }
  }

  get issued() {
    return { access: this.#accessSeq, refresh: this.#refreshSeq };
  }
}
