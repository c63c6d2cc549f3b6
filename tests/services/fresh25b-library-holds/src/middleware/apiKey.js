'use strict';

const { Unauthenticated, Forbidden } = require('../lib/errors');

exports.identify = (repos) => (req, res, next) => {
  const key = req.header('x-api-key');
  if (!key) return next(new Unauthenticated('Send your member key in X-API-Key'));
  const member = repos.members.first((m) => m.apiKey === key);
  if (!member) return next(new Unauthenticated('Unknown key'));
  req.member = member;
  res.locals.memberName = member.name;
  next();
};

exports.librarianOnly = (req, res, next) =>
  req.member?.role === 'librarian' ? next() : next(new Forbidden('Librarians only'));
