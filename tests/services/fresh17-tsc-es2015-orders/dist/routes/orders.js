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
const express_1 = require("express");
const queue_1 = require("../services/queue");
const types_1 = require("../types");
const router = (0, express_1.Router)();
const view = (o) => (Object.assign(Object.assign({}, o), { status: types_1.OrderStatus[o.status] }));
const wrap = (fn) => (req, res, next) => {
    fn(req, res).catch(next);
};
router.post("/", wrap((req, res) => __awaiter(void 0, void 0, void 0, function* () {
    const order = yield queue_1.queue.submit(req.body.customer, req.body.lines || []);
    res.status(201).json(view(order));
})));
router.post("/process", wrap((_req, res) => __awaiter(void 0, void 0, void 0, function* () {
    const order = yield queue_1.queue.processNext();
    if (!order) {
        res.status(204).end();
        return;
    }
    res.json({ order: view(order), pending: queue_1.queue.pendingIds, processed: queue_1.queue.processed });
})));
router.delete("/:id", (req, res) => {
    const order = queue_1.queue.cancel(Number(req.params.id));
    if (!order) {
        res.status(409).json({ error: "not pending" });
        return;
    }
    res.json(view(order));
});
router.get("/:id", (req, res) => {
    const order = queue_1.queue.get(Number(req.params.id));
    if (!order) {
        res.status(404).json({ error: "not found" });
        return;
    }
    res.json(view(order));
});
exports.default = router;
