"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
const express_1 = __importDefault(require("express"));
const routes_1 = require("./routes");
const inventory_1 = require("./services/inventory");
const app = (0, express_1.default)();
app.use(express_1.default.json());
app.use("/items", routes_1.router);
app.use((err, _req, res, _next) => {
    var _a;
    res.status(err instanceof inventory_1.NotFoundError ? err.status : 500).json({ error: err.message, name: (_a = err.name) !== null && _a !== void 0 ? _a : "Error" });
});
exports.default = app;
