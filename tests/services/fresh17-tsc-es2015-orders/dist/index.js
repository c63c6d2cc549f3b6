"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
const express_1 = __importDefault(require("express"));
const orders_1 = __importDefault(require("./routes/orders"));
const ledger_1 = require("./services/ledger");
const pricing_1 = require("./services/pricing");
const queue_1 = require("./services/queue");
const app = (0, express_1.default)();
const port = parseInt(process.env.PORT || "8080", 10);
app.use(express_1.default.json());
app.use("/orders", orders_1.default);
app.get("/ledger", (_req, res) => {
    res.json(Object.assign(Object.assign({}, ledger_1.ledger.summary()), { pricing: pricing_1.Pricing.stats(), queues: queue_1.OrderQueue.instances }));
});
app.put("/prices/:sku", (req, res) => {
    pricing_1.Pricing.setPrice(req.params.sku, Number(req.body.cents));
    res.json(pricing_1.Pricing.stats());
});
app.use((err, _req, res, _next) => {
    res.status(422).json({ error: err.message });
});
app.listen(port);
