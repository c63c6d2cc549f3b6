"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.router = void 0;
const express_1 = require("express");
const store_1 = require("../store");
const models_1 = require("../models");
exports.router = (0, express_1.Router)();
const categories = Object.values(models_1.Category);
exports.router.get("/", (req, res) => {
    const category = req.query.category;
    res.json(store_1.store.list(category).map((i) => ({ sku: i.sku, qty: i.qty })));
});
exports.router.post("/", (req, res, next) => {
    var _a;
    const { name, category, qty } = (_a = req.body) !== null && _a !== void 0 ? _a : {};
    if (!categories.includes(category)) {
        return next(new models_1.HttpError(400, `category must be one of ${categories.join(", ")}`));
    }
    res.status(201).json(store_1.store.add(String(name), category, Number(qty) || 0));
});
exports.router.post("/:sku/remove", (req, res) => {
    res.json(store_1.store.remove(String(req.params.sku), Number(req.body.qty)));
});
exports.router.post("/:sku/restock", (req, res) => {
    res.json(store_1.store.restock(String(req.params.sku), Number(req.body.qty)));
});
exports.router.get("/:sku", (req, res) => {
    res.json(store_1.store.mustGet(String(req.params.sku)));
});
