"use strict";

var _express = _interopRequireDefault(require("express"));
var _cookieParser = _interopRequireDefault(require("cookie-parser"));
var _sessions = _interopRequireWildcard(require("./lib/sessions"));
var _activity = require("./lib/activity");
var _tokens = require("./lib/tokens");
var _cart = _interopRequireDefault(require("./routes/cart"));
var _process$env$PORT;
var cache;
function _interopRequireWildcard(e, t) { if (!t && e && e.__esModule) return e; var r, c, a = Object.defineProperty, n = { __proto__: null, default: e }; if (Object(e) !== e) return n; if (cache || "function" != typeof WeakMap || (cache = new WeakMap()), cache) { if (cache.has(e)) return cache.get(e); cache.set(e, n); } for (c in e) "default" !== c && {}.hasOwnProperty.call(e, c) && ((r = a && Object.getOwnPropertyDescriptor(e, c)) && (r.get || r.set) ? a(n, c, r) : n[c] = e[c]); return n; }
function _interopRequireDefault(e) { return e && e.__esModule ? e : { default: e }; }
function ownKeys(e, r) { var t = Object.keys(e); if (Object.getOwnPropertySymbols) { var o = Object.getOwnPropertySymbols(e); r && (o = o.filter(function (r) { return Object.getOwnPropertyDescriptor(e, r).enumerable; })), t.push.apply(t, o); } return t; }
function _objectSpread(e) { for (var r = 1; r < arguments.length; r++) { var t = null != arguments[r] ? arguments[r] : {}; r % 2 ? ownKeys(Object(t), !0).forEach(function (r) { _defineProperty(e, r, t[r]); }) : Object.getOwnPropertyDescriptors ? Object.defineProperties(e, Object.getOwnPropertyDescriptors(t)) : ownKeys(Object(t)).forEach(function (r) { Object.defineProperty(e, r, Object.getOwnPropertyDescriptor(t, r)); }); } return e; }
function _defineProperty(e, r, t) { return (r = _toPropertyKey(r)) in e ? Object.defineProperty(e, r, { value: t, enumerable: !0, configurable: !0, writable: !0 }) : e[r] = t, e; }
function _toPropertyKey(t) { var i = _toPrimitive(t, "string"); return "symbol" == typeof i ? i : i + ""; }
function _toPrimitive(t, e) { if ("object" != typeof t || !t) return t; var r; if ("undefined" != typeof Symbol && void 0 !== (r = t[Symbol.toPrimitive])) { var i = r.call(t, e || "default"); if ("object" != typeof i) return i; throw new TypeError("@@toPrimitive must return a primitive value."); } return ("string" === e ? String : Number)(t); }
const app = (0, _express.default)();
app.use(_express.default.json());
app.use((0, _cookieParser.default)());
app.post('/login', (req, res) => {
  const token = _sessions.default.create(req.body.user);
  res.cookie('sid', token, {
    httpOnly: true
  }).json({
    ok: true,
    sessions: _sessions.default.size
  });
});
app.post('/logout', (req, res) => {
  res.clearCookie('sid').json({
    ended: _sessions.default.destroy(req.cookies.sid)
  });
});
app.use('/cart', _cart.default);
app.get('/admin', (req, res) => {
  res.json(_objectSpread({
    live: _sessions.default.size,
    ticks: _sessions.default.ticks,
    stores: _sessions.SessionStore.stores,
    tokens: (0, _tokens.tokenCount)()
  }, (0, _activity.activity)()));
});
const port = (_process$env$PORT = process.env.PORT) !== null && _process$env$PORT !== void 0 ? _process$env$PORT : 4000;
app.listen(port, () => process.env.NODE_ENV !== 'production' && console.log(`listening on ${port}`));