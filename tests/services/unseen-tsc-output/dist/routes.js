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
Object.defineProperty(exports, "__esModule", { value: true });
exports.router = void 0;
const express_1 = require("express");
const inventory_1 = require("./services/inventory");
exports.router = (0, express_1.Router)();
const wrap = (fn) => (req, res, next) => fn(req, res).catch(next);
exports.router.get("/", (_req, res) => {
    res.json({ items: inventory_1.inventory.snapshot(), version: inventory_1.inventory.version });
});
exports.router.post("/:sku", wrap((req, res) => __awaiter(void 0, void 0, void 0, function* () {
    var _a, _b;
    const qty = Number((_b = (_a = req.body) === null || _a === void 0 ? void 0 : _a.qty) !== null && _b !== void 0 ? _b : 1);
    const total = yield inventory_1.inventory.add(req.params.sku, qty);
    res.status(201).json({ sku: req.params.sku, total });
})));
exports.router.post("/:sku/take", wrap((req, res) => __awaiter(void 0, void 0, void 0, function* () {
    var _a, _b;
    const result = yield inventory_1.inventory.take(req.params.sku, Number((_b = (_a = req.body) === null || _a === void 0 ? void 0 : _a.qty) !== null && _b !== void 0 ? _b : 1));
    res.status(result.ok ? 200 : 409).json(result);
})));
exports.router.get("/history", (_req, res) => {
    res.json(inventory_1.inventory.history.map(({ sku, qty }) => `${sku}${qty > 0 ? "+" : ""}${qty}`));
});
