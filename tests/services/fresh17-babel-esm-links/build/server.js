"use strict";

var _express = _interopRequireDefault(require("express"));
var store = _interopRequireWildcard(require("./store"));
var _lookup = require("./http/lookup");
var cache;
function _interopRequireWildcard(e, t) { if (!t && e && e.__esModule) return e; var r, c, a = Object.defineProperty, n = { __proto__: null, default: e }; if (Object(e) !== e) return n; if (cache || "function" != typeof WeakMap || (cache = new WeakMap()), cache) { if (cache.has(e)) return cache.get(e); cache.set(e, n); } for (c in e) "default" !== c && {}.hasOwnProperty.call(e, c) && ((r = a && Object.getOwnPropertyDescriptor(e, c)) && (r.get || r.set) ? a(n, c, r) : n[c] = e[c]); return n; }
function _interopRequireDefault(e) { return e && e.__esModule ? e : { default: e }; }
function asyncGeneratorStep(n, t, e, r, o, a, c) { try { var i = n[a](c), u = i.value; } catch (n) { return void e(n); } i.done ? t(u) : Promise.resolve(u).then(r, o); }
function _asyncToGenerator(n) { return function () { var t = this, e = arguments; return new Promise(function (r, o) { var a = n.apply(t, e); function _next(n) { asyncGeneratorStep(a, r, o, _next, _throw, "next", n); } function _throw(n) { asyncGeneratorStep(a, r, o, _next, _throw, "throw", n); } _next(void 0); }); }; }
function ownKeys(e, r) { var t = Object.keys(e); if (Object.getOwnPropertySymbols) { var o = Object.getOwnPropertySymbols(e); r && (o = o.filter(function (r) { return Object.getOwnPropertyDescriptor(e, r).enumerable; })), t.push.apply(t, o); } return t; }
function _objectSpread(e) { for (var r = 1; r < arguments.length; r++) { var t = null != arguments[r] ? arguments[r] : {}; r % 2 ? ownKeys(Object(t), !0).forEach(function (r) { _defineProperty(e, r, t[r]); }) : Object.getOwnPropertyDescriptors ? Object.defineProperties(e, Object.getOwnPropertyDescriptors(t)) : ownKeys(Object(t)).forEach(function (r) { Object.defineProperty(e, r, Object.getOwnPropertyDescriptor(t, r)); }); } return e; }
function _defineProperty(e, r, t) { return (r = _toPropertyKey(r)) in e ? Object.defineProperty(e, r, { value: t, enumerable: !0, configurable: !0, writable: !0 }) : e[r] = t, e; }
function _toPropertyKey(t) { var i = _toPrimitive(t, "string"); return "symbol" == typeof i ? i : i + ""; }
function _toPrimitive(t, e) { if ("object" != typeof t || !t) return t; var r; if ("undefined" != typeof Symbol && void 0 !== (r = t[Symbol.toPrimitive])) { var i = r.call(t, e || "default"); if ("object" != typeof i) return i; throw new TypeError("@@toPrimitive must return a primitive value."); } return ("string" === e ? String : Number)(t); }
const app = (0, _express.default)();
app.use(_express.default.json());
app.post('/links', (req, res, next) => {
  try {
    const link = store.links.create(req.body.url, req.body.slug);
    res.status(201).json(_objectSpread(_objectSpread({}, link), {}, {
      version: store.version
    }));
  } catch (err) {
    next(err);
  }
});
app.delete('/links/:id', (req, res) => {
  res.json({
    removed: store.links.remove(req.params.id),
    version: store.version,
    last: store.lastChange
  });
});
app.post('/admin/reset-ids', (req, res) => {
  res.json({
    next: store.resetIds(req.body.from)
  });
});
app.get('/stats', (req, res) => {
  res.json({
    top: store.links.top(),
    calls: store.links.calls,
    version: store.version,
    misses: (0, _lookup.missed)()
  });
});
app.get('/:id', /*#__PURE__*/function () {
  var _ref = _asyncToGenerator(function* (req, res) {
    const url = yield (0, _lookup.resolveLink)(req.params.id, req.get('x-from'));
    if (!url) return res.status(404).send('unknown link');
    res.redirect(302, url);
  });
  return function (_x, _x2) {
    return _ref.apply(this, arguments);
  };
}());
app.use((err, req, res, next) => {
  res.status(err.status || 500).json({
    error: err.message
  });
});
app.listen(Number(process.env.PORT) || 3000);