"use strict";

Object.defineProperty(exports, "__esModule", {
  value: true
});
exports.registry = exports.changelog = void 0;
var _events = require("events");
var _hash = require("./hash");
var _errors = require("./errors");
function _regenerator() { /*! regenerator-runtime -- Copyright (c) 2014-present, Facebook, Inc. -- license (MIT): https://github.com/babel/babel/blob/main/packages/babel-helpers/LICENSE */ var e, t, r = "function" == typeof Symbol ? Symbol : {}, n = r.iterator || "@@iterator", o = r.toStringTag || "@@toStringTag"; function i(r, n, o, i) { var c = n && n.prototype instanceof Generator ? n : Generator, u = Object.create(c.prototype); return _regeneratorDefine2(u, "_invoke", function (r, n, o) { var i, c, u, f = 0, p = o || [], y = !1, G = { p: 0, n: 0, v: e, a: d, f: d.bind(e, 4), d: function d(t, r) { return i = t, c = 0, u = e, G.n = r, a; } }; function d(r, n) { for (c = r, u = n, t = 0; !y && f && !o && t < p.length; t++) { var o, i = p[t], d = G.p, l = i[2]; r > 3 ? (o = l === n) && (u = i[(c = i[4]) ? 5 : (c = 3, 3)], i[4] = i[5] = e) : i[0] <= d && ((o = r < 2 && d < i[1]) ? (c = 0, G.v = n, G.n = i[1]) : d < l && (o = r < 3 || i[0] > n || n > l) && (i[4] = r, i[5] = n, G.n = l, c = 0)); } if (o || r > 1) return a; throw y = !0, n; } return function (o, p, l) { if (f > 1) throw TypeError("Generator is already running"); for (y && 1 === p && d(p, l), c = p, u = l; (t = c < 2 ? e : u) || !y;) { i || (c ? (c > 1 && (G.n = c < 3 ? -1 : u), d(c, u)) : G.v = u); try { if (f = 2, i) { if (c || (o = "next"), t = i[o]) { if (!(t = t.call(i, u))) throw TypeError("iterator result is not an object"); if (!t.done) return t; u = t.value, c < 2 && (c = 0); } else 1 === c && (t = i.return) && t.call(i), c < 2 && (u = TypeError("The iterator does not provide a '" + o + "' method"), c = 1); i = e; } else if ((t = (y = G.n < 0) ? u : r.call(n, G)) !== a) break; } catch (t) { i = e, c = 1, u = t; } finally { f = 1; } } return { value: t, done: y }; }; }(r, o, i), !0), u; } var a = {}; function Generator() {} function GeneratorFunction() {} function GeneratorFunctionPrototype() {} t = Object.getPrototypeOf; var c = [][n] ? t(t([][n]())) : (_regeneratorDefine2(t = {}, n, function () { return this; }), t), u = GeneratorFunctionPrototype.prototype = Generator.prototype = Object.create(c); function f(e) { return Object.setPrototypeOf ? Object.setPrototypeOf(e, GeneratorFunctionPrototype) : (e.__proto__ = GeneratorFunctionPrototype, _regeneratorDefine2(e, o, "GeneratorFunction")), e.prototype = Object.create(u), e; } return GeneratorFunction.prototype = GeneratorFunctionPrototype, _regeneratorDefine2(u, "constructor", GeneratorFunctionPrototype), _regeneratorDefine2(GeneratorFunctionPrototype, "constructor", GeneratorFunction), GeneratorFunction.displayName = "GeneratorFunction", _regeneratorDefine2(GeneratorFunctionPrototype, o, "GeneratorFunction"), _regeneratorDefine2(u), _regeneratorDefine2(u, o, "Generator"), _regeneratorDefine2(u, n, function () { return this; }), _regeneratorDefine2(u, "toString", function () { return "[object Generator]"; }), (_regenerator = function _regenerator() { return { w: i, m: f }; })(); }
function _regeneratorDefine2(e, r, n, t) { var i = Object.defineProperty; try { i({}, "", {}); } catch (e) { i = 0; } _regeneratorDefine2 = function _regeneratorDefine(e, r, n, t) { function o(r, n) { _regeneratorDefine2(e, r, function (e) { return this._invoke(r, n, e); }); } r ? i ? i(e, r, { value: n, enumerable: !t, configurable: !t, writable: !t }) : e[r] = n : (o("next", 0), o("throw", 1), o("return", 2)); }, _regeneratorDefine2(e, r, n, t); }
function asyncGeneratorStep(n, t, e, r, o, a, c) { try { var i = n[a](c), u = i.value; } catch (n) { return void e(n); } i.done ? t(u) : Promise.resolve(u).then(r, o); }
function _asyncToGenerator(n) { return function () { var t = this, e = arguments; return new Promise(function (r, o) { var a = n.apply(t, e); function _next(n) { asyncGeneratorStep(a, r, o, _next, _throw, "next", n); } function _throw(n) { asyncGeneratorStep(a, r, o, _next, _throw, "throw", n); } _next(void 0); }); }; }
function _callSuper(t, o, e) { return o = _getPrototypeOf(o), _possibleConstructorReturn(t, _isNativeReflectConstruct() ? Reflect.construct(o, e || [], _getPrototypeOf(t).constructor) : o.apply(t, e)); }
function _possibleConstructorReturn(t, e) { if (e && ("object" == _typeof(e) || "function" == typeof e)) return e; if (void 0 !== e) throw new TypeError("Derived constructors may only return object or undefined"); return _assertThisInitialized(t); }
function _assertThisInitialized(e) { if (void 0 === e) throw new ReferenceError("this hasn't been initialised - super() hasn't been called"); return e; }
function _isNativeReflectConstruct() { try { var t = !Boolean.prototype.valueOf.call(Reflect.construct(Boolean, [], function () {})); } catch (t) {} return (_isNativeReflectConstruct = function _isNativeReflectConstruct() { return !!t; })(); }
function _getPrototypeOf(t) { return _getPrototypeOf = Object.setPrototypeOf ? Object.getPrototypeOf.bind() : function (t) { return t.__proto__ || Object.getPrototypeOf(t); }, _getPrototypeOf(t); }
function _inherits(t, e) { if ("function" != typeof e && null !== e) throw new TypeError("Super expression must either be null or a function"); t.prototype = Object.create(e && e.prototype, { constructor: { value: t, writable: !0, configurable: !0 } }), Object.defineProperty(t, "prototype", { writable: !1 }), e && _setPrototypeOf(t, e); }
function _setPrototypeOf(t, e) { return _setPrototypeOf = Object.setPrototypeOf ? Object.setPrototypeOf.bind() : function (t, e) { return t.__proto__ = e, t; }, _setPrototypeOf(t, e); }
function _typeof(o) { "@babel/helpers - typeof"; return _typeof = "function" == typeof Symbol && "symbol" == typeof Symbol.iterator ? function (o) { return typeof o; } : function (o) { return o && "function" == typeof Symbol && o.constructor === Symbol && o !== Symbol.prototype ? "symbol" : typeof o; }, _typeof(o); }
function _classCallCheck(a, n) { if (!(a instanceof n)) throw new TypeError("Cannot call a class as a function"); }
function _defineProperties(e, r) { for (var t = 0; t < r.length; t++) { var o = r[t]; o.enumerable = o.enumerable || !1, o.configurable = !0, "value" in o && (o.writable = !0), Object.defineProperty(e, _toPropertyKey(o.key), o); } }
function _createClass(e, r, t) { return r && _defineProperties(e.prototype, r), t && _defineProperties(e, t), Object.defineProperty(e, "prototype", { writable: !1 }), e; }
function _toPropertyKey(t) { var i = _toPrimitive(t, "string"); return "symbol" == _typeof(i) ? i : i + ""; }
function _toPrimitive(t, e) { if ("object" != _typeof(t) || !t) return t; var r; if ("undefined" != typeof Symbol && void 0 !== (r = t[Symbol.toPrimitive])) { var i = r.call(t, e || "default"); if ("object" != _typeof(i)) return i; throw new TypeError("@@toPrimitive must return a primitive value."); } return ("string" === e ? String : Number)(t); }
var Experiment = /*#__PURE__*/function () {
  function Experiment(key, variants) {
    _classCallCheck(this, Experiment);
    this.key = key;
    this.variants = variants;
    this.exposures = Object.fromEntries(variants.map(function (v) {
      return [v, 0];
    }));
    this.conversions = Object.fromEntries(variants.map(function (v) {
      return [v, 0];
    }));
    this.assignments = new Map();
    this.running = true;
  }
  return _createClass(Experiment, [{
    key: "assign",
    value: function assign(user) {
      if (!this.assignments.has(user)) {
        var variant = this.variants[(0, _hash.bucket)("".concat(this.key, ":").concat(user), this.variants.length)];
        this.assignments.set(user, variant);
        this.exposures[variant] += 1;
      }
      return this.assignments.get(user);
    }
  }, {
    key: "convert",
    value: function convert(user) {
      var variant = this.assignments.get(user);
      if (!variant) throw new _errors.ExperimentError("".concat(user, " never saw ").concat(this.key), 409);
      this.conversions[variant] += 1;
      return variant;
    }
  }, {
    key: "report",
    get: function get() {
      var _this = this;
      return this.variants.map(function (v) {
        return {
          variant: v,
          exposures: _this.exposures[v],
          conversions: _this.conversions[v],
          rate: _this.exposures[v] ? Math.round(1000 * _this.conversions[v] / _this.exposures[v]) / 10 : 0
        };
      });
    }
  }]);
}();
var Registry = /*#__PURE__*/function (_EventEmitter) {
  function Registry() {
    var _this2;
    _classCallCheck(this, Registry);
    _this2 = _callSuper(this, Registry);
    _this2.experiments = {};
    _this2.overrides = new Map();
    return _this2;
  }
  _inherits(Registry, _EventEmitter);
  return _createClass(Registry, [{
    key: "create",
    value: function () {
      var _create = _asyncToGenerator(/*#__PURE__*/_regenerator().m(function _callee(key) {
        var variants,
          exp,
          _args = arguments;
        return _regenerator().w(function (_context) {
          while (1) switch (_context.n) {
            case 0:
              variants = _args.length > 1 && _args[1] !== undefined ? _args[1] : ['control', 'treatment'];
              _context.n = 1;
              return Promise.resolve();
            case 1:
              if (!this.experiments[key]) {
                _context.n = 2;
                break;
              }
              throw new _errors.ExperimentError("".concat(key, " exists"), 409);
            case 2:
              exp = new Experiment(key, variants);
              this.experiments[key] = exp;
              this.emit('created', key);
              return _context.a(2, exp);
          }
        }, _callee, this);
      }));
      function create(_x) {
        return _create.apply(this, arguments);
      }
      return create;
    }()
  }, {
    key: "get",
    value: function get(key) {
      var exp = this.experiments[key];
      if (!exp) throw new _errors.NotFound("experiment ".concat(key));
      return exp;
    }
  }, {
    key: "expose",
    value: function () {
      var _expose = _asyncToGenerator(/*#__PURE__*/_regenerator().m(function _callee2(key, user) {
        var exp, forced;
        return _regenerator().w(function (_context2) {
          while (1) switch (_context2.n) {
            case 0:
              exp = this.get(key);
              forced = this.overrides.get("".concat(key, ":").concat(user));
              if (!forced) {
                _context2.n = 1;
                break;
              }
              return _context2.a(2, {
                variant: forced,
                forced: true
              });
            case 1:
              if (exp.running) {
                _context2.n = 2;
                break;
              }
              return _context2.a(2, {
                variant: exp.variants[0],
                forced: false,
                stopped: true
              });
            case 2:
              _context2.n = 3;
              return new Promise(function (resolve) {
                return setTimeout(resolve, 2);
              });
            case 3:
              return _context2.a(2, {
                variant: exp.assign(user),
                forced: false
              });
          }
        }, _callee2, this);
      }));
      function expose(_x2, _x3) {
        return _expose.apply(this, arguments);
      }
      return expose;
    }()
  }, {
    key: "force",
    value: function force(key, user, variant) {
      this.overrides.set("".concat(key, ":").concat(user), variant);
      this.emit('forced', key, user);
    }
  }, {
    key: "stop",
    value: function stop(key) {
      this.get(key).running = false;
      this.emit('stopped', key);
    }
  }]);
}(_events.EventEmitter);
var registry = exports.registry = new Registry();
var changelog = exports.changelog = [];
registry.on('created', function (k) {
  return changelog.push("created ".concat(k));
});
registry.on('forced', function (k, u) {
  return changelog.push("forced ".concat(u, " in ").concat(k));
});
registry.on('stopped', function (k) {
  return changelog.push("stopped ".concat(k));
});