"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.app = void 0;
const express_1 = __importDefault(require("express"));
const bootstrap_1 = require("./http/bootstrap");
const errors_1 = require("./http/errors");
require("./controllers/menu.controller");
require("./controllers/orders.controller");
exports.app = (0, express_1.default)();
exports.app.use(express_1.default.json());
(0, bootstrap_1.mountControllers)(exports.app);
exports.app.get('/routes', (_req, res) => {
    res.json(bootstrap_1.mounted);
});
exports.app.use((err, _req, res, _next) => {
    const status = err instanceof errors_1.HttpError ? err.status : 500;
    res.status(status).json({ error: err.message });
});
const port = Number(process.env.PORT ?? 3000);
exports.app.listen(port, () => console.log(`kitchen-api listening on ${port}`));
