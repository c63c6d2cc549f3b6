"use strict";
var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || function (mod) {
    if (mod && mod.__esModule) return mod;
    var result = {};
    if (mod != null) for (var k in mod) if (k !== "default" && Object.prototype.hasOwnProperty.call(mod, k)) __createBinding(result, mod, k);
    __setModuleDefault(result, mod);
    return result;
};
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
const express_1 = __importDefault(require("express"));
const items_1 = require("./routes/items");
const store_1 = require("./store");
const alerts = __importStar(require("./alerts"));
const decorators_1 = require("./decorators");
const models_1 = require("./models");
const app = (0, express_1.default)();
app.use(express_1.default.json());
app.get("/health", (_req, res) => {
    res.json({ ok: true, registry: decorators_1.registry });
});
app.use("/items", items_1.router);
app.get("/alerts", (_req, res) => {
    res.json({ count: alerts.alertCount, alerts: alerts.alerts });
});
app.delete("/alerts", (_req, res) => {
    res.json({ cleared: alerts.clearAlerts(), count: alerts.alertCount });
});
app.get("/stats", (_req, res) => {
    res.json({ calls: decorators_1.callCounts, audit: store_1.audit.size, tail: store_1.audit.tail(3) });
});
app.use((err, _req, res, _next) => {
    const status = err instanceof models_1.HttpError ? err.status : 500;
    res.status(status).json({ error: err.message });
});
exports.default = app;
