"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
const express_1 = __importDefault(require("express"));
const container_1 = require("./framework/container");
const http_1 = require("./framework/http");
const clock_1 = require("./modules/clock");
require("./modules/tasks.controller");
(0, container_1.provideValue)(clock_1.CLOCK, new clock_1.LogicalClock());
const app = (0, express_1.default)();
app.use(express_1.default.json());
const router = express_1.default.Router();
const table = (0, http_1.mount)(router);
app.use(router);
app.get("/_routes", (_req, res) => {
    res.json({ table, resolutions: container_1.resolutions });
});
app.use((err, _req, res, _next) => {
    const status = err instanceof http_1.HttpException ? err.status : 500;
    res.status(status).json({ statusCode: status, message: err.message });
});
const port = Number(process.env.PORT) || 3000;
app.listen(port, () => {
    if (process.env.NODE_ENV !== "production")
        console.log(`Nest-like app on :${port}`);
});
