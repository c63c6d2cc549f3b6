"use strict";
var __assign = (this && this.__assign) || function () {
    __assign = Object.assign || function(t) {
        for (var s, i = 1, n = arguments.length; i < n; i++) {
            s = arguments[i];
            for (var p in s) if (Object.prototype.hasOwnProperty.call(s, p))
                t[p] = s[p];
        }
        return t;
    };
    return __assign.apply(this, arguments);
};
var __awaiter = (this && this.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};
var __generator = (this && this.__generator) || function (thisArg, body) {
    var _ = { label: 0, sent: function() { if (t[0] & 1) throw t[1]; return t[1]; }, trys: [], ops: [] }, f, y, t, g = Object.create((typeof Iterator === "function" ? Iterator : Object).prototype);
    return g.next = verb(0), g["throw"] = verb(1), g["return"] = verb(2), typeof Symbol === "function" && (g[Symbol.iterator] = function() { return this; }), g;
    function verb(n) { return function (v) { return step([n, v]); }; }
    function step(op) {
        if (f) throw new TypeError("Generator is already executing.");
        while (g && (g = 0, op[0] && (_ = 0)), _) try {
            if (f = 1, y && (t = op[0] & 2 ? y["return"] : op[0] ? y["throw"] || ((t = y["return"]) && t.call(y), 0) : y.next) && !(t = t.call(y, op[1])).done) return t;
            if (y = 0, t) op = [op[0] & 2, t.value];
            switch (op[0]) {
                case 0: case 1: t = op; break;
                case 4: _.label++; return { value: op[1], done: false };
                case 5: _.label++; y = op[1]; op = [0]; continue;
                case 7: op = _.ops.pop(); _.trys.pop(); continue;
                default:
                    if (!(t = _.trys, t = t.length > 0 && t[t.length - 1]) && (op[0] === 6 || op[0] === 2)) { _ = 0; continue; }
                    if (op[0] === 3 && (!t || (op[1] > t[0] && op[1] < t[3]))) { _.label = op[1]; break; }
                    if (op[0] === 6 && _.label < t[1]) { _.label = t[1]; t = op; break; }
                    if (t && _.label < t[2]) { _.label = t[2]; _.ops.push(op); break; }
                    if (t[2]) _.ops.pop();
                    _.trys.pop(); continue;
            }
            op = body.call(thisArg, _);
        } catch (e) { op = [6, e]; y = 0; } finally { f = t = 0; }
        if (op[0] & 5) throw op[1]; return { value: op[0] ? op[1] : void 0, done: true };
    }
};
var __read = (this && this.__read) || function (o, n) {
    var m = typeof Symbol === "function" && o[Symbol.iterator];
    if (!m) return o;
    var i = m.call(o), r, ar = [], e;
    try {
        while ((n === void 0 || n-- > 0) && !(r = i.next()).done) ar.push(r.value);
    }
    catch (error) { e = { error: error }; }
    finally {
        try {
            if (r && !r.done && (m = i["return"])) m.call(i);
        }
        finally { if (e) throw e.error; }
    }
    return ar;
};
var __spreadArray = (this && this.__spreadArray) || function (to, from, pack) {
    if (pack || arguments.length === 2) for (var i = 0, l = from.length, ar; i < l; i++) {
        if (ar || !(i in from)) {
            if (!ar) ar = Array.prototype.slice.call(from, 0, i);
            ar[i] = from[i];
        }
    }
    return to.concat(ar || Array.prototype.slice.call(from));
};
var __values = (this && this.__values) || function(o) {
    var s = typeof Symbol === "function" && Symbol.iterator, m = s && o[s], i = 0;
    if (m) return m.call(o);
    if (o && typeof o.length === "number") return {
        next: function () {
            if (o && i >= o.length) o = void 0;
            return { value: o && o[i++], done: !o };
        }
    };
    throw new TypeError(s ? "Object is not iterable." : "Symbol.iterator is not defined.");
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.Library = void 0;
var media_1 = require("./media");
var tick = function () { return new Promise(function (resolve) { return setImmediate(resolve); }); };
var Library = /** @class */ (function () {
    function Library() {
        this.catalog = new Map();
        this.members = {};
        this.fines = {};
        this.day = 0;
    }
    Library.prototype.addBook = function (title, pages) {
        return this.put(new media_1.Book("b" + (this.catalog.size + 1), title, pages));
    };
    Library.prototype.addDvd = function (title) {
        return this.put(new media_1.Dvd("d" + (this.catalog.size + 1), title));
    };
    Library.prototype.put = function (m) {
        this.catalog.set(m.id, m);
        return m;
    };
    Library.prototype.join = function (name, opts) {
        if (opts === void 0) { opts = {}; }
        var member = __assign({ name: name, limit: 2, history: [] }, opts);
        this.members[name] = member;
        return member;
    };
    Library.prototype.lend = function (id, name) {
        return __awaiter(this, void 0, void 0, function () {
            var item, member, out;
            return __generator(this, function (_a) {
                switch (_a.label) {
                    case 0: return [4 /*yield*/, tick()];
                    case 1:
                        _a.sent();
                        item = this.catalog.get(id);
                        member = this.members[name];
                        if (!item || !member)
                            throw new Error("unknown item or member");
                        if (item.holder)
                            throw new Error("".concat(item.title, " is out"));
                        out = this.onLoan(name);
                        if (out.length >= member.limit)
                            throw new Error("".concat(name, " has ").concat(out.length, " items"));
                        item.lend(name);
                        member.history = __spreadArray(__spreadArray([], __read(member.history), false), [id], false);
                        return [2 /*return*/, { item: item, due: this.day + item.loanDays }];
                }
            });
        });
    };
    Library.prototype.giveBack = function (id, lateDays) {
        return __awaiter(this, void 0, void 0, function () {
            var item, who;
            return __generator(this, function (_a) {
                switch (_a.label) {
                    case 0: return [4 /*yield*/, tick()];
                    case 1:
                        _a.sent();
                        item = this.catalog.get(id);
                        if (!item || !item.holder)
                            throw new Error("not on loan");
                        who = item.holder;
                        item.giveBack();
                        if (lateDays > 0) {
                            this.fines[who] = (this.fines[who] || 0) + lateDays * 25;
                        }
                        return [2 /*return*/, { who: who, fine: this.fines[who] || 0 }];
                }
            });
        });
    };
    Library.prototype.advance = function (days) {
        this.day += days;
        return this.day;
    };
    Library.prototype.onLoan = function (name) {
        var e_1, _a;
        var ids = [];
        try {
            for (var _b = __values(this.catalog), _c = _b.next(); !_c.done; _c = _b.next()) {
                var _d = __read(_c.value, 2), id = _d[0], m = _d[1];
                if (m.holder === name)
                    ids.push(id);
            }
        }
        catch (e_1_1) { e_1 = { error: e_1_1 }; }
        finally {
            try {
                if (_c && !_c.done && (_a = _b.return)) _a.call(_b);
            }
            finally { if (e_1) throw e_1.error; }
        }
        return ids;
    };
    Library.prototype.report = function () {
        var popular = Array.from(this.catalog.values())
            .filter(function (m) { return m.timesLent > 0; })
            .sort(function (a, b) { return b.timesLent - a.timesLent || a.id.localeCompare(b.id); })
            .map(function (m) { return m.title; });
        return { day: this.day, items: this.catalog.size, created: media_1.Media.created, fines: __assign({}, this.fines), popular: popular };
    };
    Library.prototype.member = function (name) {
        var m = this.members[name];
        return m ? __assign(__assign({}, m), { onLoan: this.onLoan(name) }) : undefined;
    };
    return Library;
}());
exports.Library = Library;
exports.default = new Library();
