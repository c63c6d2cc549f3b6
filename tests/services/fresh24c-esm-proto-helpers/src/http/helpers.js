import express from 'express';
import { sessions } from '../services/sessions.js';

export const tally = { success: 0, fail: 0, byCode: {}, lookups: 0 };

Object.defineProperty(express.request, 'wantsJson', {
  configurable: true,
  get() {
    return this.accepts(['html', 'json']) === 'json';
  },
});

export function installHelpers(app) {
  app.response.success = function success(data, status = 200) {
    tally.success++;
    return this.status(status).json({ ok: true, data });
  };

  app.response.fail = function fail(code, message, status = 400) {
    tally.fail++;
    tally.byCode[code] = (tally.byCode[code] ?? 0) + 1;
    return this.status(status).json({ ok: false, error: { code, message } });
  };

  Object.defineProperty(app.request, 'user', {
    configurable: true,
    enumerable: true,
    get() {
      if (this._user === undefined) {
        tally.lookups++;
        const header = this.get('authorization') ?? '';
        const token = header.startsWith('Bearer ') ? header.slice(7) : null;
        this._user = token ? sessions.find(token) ?? null : null;
      }
      return this._user;
    },
  });
}

export function perRequestHelpers() {
  let served = 0;
  return (req, res, next) => {
    const n = ++served;
    Object.assign(res, {
      ok: (data) => res.set('x-served', String(n)).success(data),
      created: (data) => res.set('x-served', String(n)).success(data, 201),
      notFound: (what) => res.fail('NOT_FOUND', `${what} not found`, 404),
    });
    next();
  };
}
