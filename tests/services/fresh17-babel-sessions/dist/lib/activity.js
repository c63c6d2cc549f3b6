"use strict";

Object.defineProperty(exports, "__esModule", {
  value: true
});
exports.activity = void 0;
var _sessions = _interopRequireDefault(require("./sessions"));
function _interopRequireDefault(e) { return e && e.__esModule ? e : { default: e }; }
function ownKeys(e, r) { var t = Object.keys(e); if (Object.getOwnPropertySymbols) { var o = Object.getOwnPropertySymbols(e); r && (o = o.filter(function (r) { return Object.getOwnPropertyDescriptor(e, r).enumerable; })), t.push.apply(t, o); } return t; }
function _objectSpread(e) { for (var r = 1; r < arguments.length; r++) { var t = null != arguments[r] ? arguments[r] : {}; r % 2 ? ownKeys(Object(t), !0).forEach(function (r) { _defineProperty(e, r, t[r]); }) : Object.getOwnPropertyDescriptors ? Object.defineProperties(e, Object.getOwnPropertyDescriptors(t)) : ownKeys(Object(t)).forEach(function (r) { Object.defineProperty(e, r, Object.getOwnPropertyDescriptor(t, r)); }); } return e; }
function _defineProperty(e, r, t) { return (r = _toPropertyKey(r)) in e ? Object.defineProperty(e, r, { value: t, enumerable: !0, configurable: !0, writable: !0 }) : e[r] = t, e; }
function _toPropertyKey(t) { var i = _toPrimitive(t, "string"); return "symbol" == typeof i ? i : i + ""; }
function _toPrimitive(t, e) { if ("object" != typeof t || !t) return t; var r; if ("undefined" != typeof Symbol && void 0 !== (r = t[Symbol.toPrimitive])) { var i = r.call(t, e || "default"); if ("object" != typeof i) return i; throw new TypeError("@@toPrimitive must return a primitive value."); } return ("string" === e ? String : Number)(t); }
const log = [];
const perUser = {};
_sessions.default.on('created', user => {
  var _perUser$user$logins, _perUser$user;
  perUser[user] = _objectSpread(_objectSpread({}, perUser[user]), {}, {
    logins: ((_perUser$user$logins = (_perUser$user = perUser[user]) === null || _perUser$user === void 0 ? void 0 : _perUser$user.logins) !== null && _perUser$user$logins !== void 0 ? _perUser$user$logins : 0) + 1
  });
  log.push(`in:${user}`);
});
_sessions.default.on('ended', (user, why) => {
  log.push(`out:${user}:${why}`);
});
const activity = () => ({
  log: log.slice(-5),
  perUser
});
exports.activity = activity;