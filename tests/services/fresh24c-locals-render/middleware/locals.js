const menu = require('../lib/menu');
const flash = require('../lib/flash');

const users = { ana: { name: 'Ana', role: 'admin' }, ben: { name: 'Ben', role: 'customer' } };

function trace(res, name) {
  (res.locals.trace ??= []).push(name);
}

function siteLocals() {
  let visits = 0;
  return function site(req, res, next) {
    visits++;
    res.locals.site = { visits, path: req.path };
    trace(res, 'site');
    next();
  };
}

function navLocals(req, res, next) {
  res.locals.nav = menu.map((item) => ({ ...item, active: item.href === req.path }));
  trace(res, 'nav');
  next();
}

function userLocals(req, res, next) {
  const user = users[req.cookies.user];
  res.locals.user = user ?? null;
  if (user?.role === 'admin') res.locals.nav.push({ label: 'Admin', href: '/admin', active: req.path.startsWith('/admin') });
  trace(res, 'user');
  next();
}

function flashLocals(req, res, next) {
  res.locals.flash = () => flash.take(req.cookies.user ?? 'guest');
  trace(res, 'flash');
  next();
}

function breadcrumbs(req, res, next) {
  const parts = req.path.split('/').filter(Boolean);
  res.locals.crumbs = parts.map((p, i) => ({ label: p, href: '/' + parts.slice(0, i + 1).join('/') }));
  trace(res, 'crumbs');
  next();
}

module.exports = { siteLocals, navLocals, userLocals, flashLocals, breadcrumbs, users };
