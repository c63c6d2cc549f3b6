"use strict";
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
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
var express = require("express");
var library_1 = __importDefault(require("./library"));
var app = express();
app.use(express.json());
var route = function (fn) { return function (req, res) {
    fn(req, res).catch(function (err) { return res.status(400).json({ error: err.message }); });
}; };
app.post("/books", function (req, res) { return res.status(201).json(library_1.default.addBook(req.body.title, req.body.pages)); });
app.post("/dvds", function (req, res) { return res.status(201).json(library_1.default.addDvd(req.body.title)); });
app.post("/members", function (req, res) { return res.status(201).json(library_1.default.join(req.body.name, req.body.options)); });
app.get("/members/:name", function (req, res) {
    var m = library_1.default.member(req.params.name);
    m ? res.json(m) : res.sendStatus(404);
});
app.post("/loans", route(function (req, res) { return __awaiter(void 0, void 0, void 0, function () {
    var _a, item, due;
    return __generator(this, function (_b) {
        switch (_b.label) {
            case 0: return [4 /*yield*/, library_1.default.lend(req.body.id, req.body.member)];
            case 1:
                _a = _b.sent(), item = _a.item, due = _a.due;
                res.status(201).json({ id: item.id, due: due });
                return [2 /*return*/];
        }
    });
}); }));
app.post("/returns", route(function (req, res) { return __awaiter(void 0, void 0, void 0, function () {
    var _a, _b;
    return __generator(this, function (_c) {
        switch (_c.label) {
            case 0:
                _b = (_a = res).json;
                return [4 /*yield*/, library_1.default.giveBack(req.body.id, req.body.late || 0)];
            case 1:
                _b.apply(_a, [_c.sent()]);
                return [2 /*return*/];
        }
    });
}); }));
app.post("/clock", function (req, res) { return res.json({ day: library_1.default.advance(Number(req.query.days) || 1) }); });
app.get("/report", function (_req, res) { return res.json(library_1.default.report()); });
var PORT = process.env.PORT || 5000;
app.listen(PORT);
