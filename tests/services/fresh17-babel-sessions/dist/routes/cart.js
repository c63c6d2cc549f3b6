"use strict";

Object.defineProperty(exports, "__esModule", {
  value: true
});
exports.default = void 0;
var _express = require("express");
var _sessions = _interopRequireDefault(require("../lib/sessions"));
var _catalog = _interopRequireDefault(require("../lib/catalog"));
function _interopRequireDefault(e) { return e && e.__esModule ? e : { default: e }; }
function ownKeys(e, r) { var t = Object.keys(e); if (Object.getOwnPropertySymbols) { var o = Object.getOwnPropertySymbols(e); r && (o = o.filter(function (r) { return Object.getOwnPropertyDescriptor(e, r).enumerable; })), t.push.apply(t, o); } return t; }
function _objectSpread(e) { for (var r = 1; r < arguments.length; r++) { var t = null != arguments[r] ? arguments[r] : {}; r % 2 ? ownKeys(Object(t), !0).forEach(function (r) { _defineProperty(e, r, t[r]); }) : Object.getOwnPropertyDescriptors ? Object.defineProperties(e, Object.getOwnPropertyDescriptors(t)) : ownKeys(Object(t)).forEach(function (r) { Object.defineProperty(e, r, Object.getOwnPropertyDescriptor(t, r)); }); } return e; }
function _defineProperty(e, r, t) { return (r = _toPropertyKey(r)) in e ? Object.defineProperty(e, r, { value: t, enumerable: !0, configurable: !0, writable: !0 }) : e[r] = t, e; }
function _toPropertyKey(t) { var i = _toPrimitive(t, "string"); return "symbol" == typeof i ? i : i + ""; }
function _toPrimitive(t, e) { if ("object" != typeof t || !t) return t; var r; if ("undefined" != typeof Symbol && void 0 !== (r = t[Symbol.toPrimitive])) { var i = r.call(t, e || "default"); if ("object" != typeof i) return i; throw new TypeError("@@toPrimitive must return a primitive value."); } return ("string" === e ? String : Number)(t); }
const catalog = new _catalog.default();
const router = (0, _express.Router)();
const requireSession = (req, res, next) => {
  var _req$cookies;
  const session = _sessions.default.touch((_req$cookies = req.cookies) === null || _req$cookies === void 0 ? void 0 : _req$cookies.sid);
  if (!session) return res.status(401).json({
    error: 'no session'
  });
  req.session = session;
  next();
};
router.use(requireSession);
router.post('/items', (req, res) => {
  const {
    sku,
    qty = 1
  } = req.body;
  if (catalog.price(sku) === undefined) return res.status(404).json({
    error: `no ${sku}`
  });
  const line = req.session.cart.find(l => l.sku === sku);
  if (line) line.qty += qty;else req.session.cart.push({
    sku,
    qty
  });
  res.json({
    cart: req.session.cart,
    views: req.session.views
  });
});
router.get('/', (req, res) => {
  res.json(_objectSpread({
    user: req.session.user,
    cart: req.session.cart
  }, catalog.total(req.session.cart, req.query.code)));
});
router.post('/discounts', (req, res) => {
  catalog.discounts = _objectSpread(_objectSpread({}, catalog.discounts), {}, {
    [req.body.code]: req.body.pct
  });
  res.json(Object.keys(catalog.discounts));
});
var _default = exports.default = router;