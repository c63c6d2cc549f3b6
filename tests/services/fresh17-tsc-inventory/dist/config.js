"use strict";
var _a, _b, _c;
Object.defineProperty(exports, "__esModule", { value: true });
exports.config = void 0;
exports.config = {
    port: Number((_a = process.env.PORT) !== null && _a !== void 0 ? _a : 3000),
    lowStock: Number((_b = process.env.LOW_STOCK) !== null && _b !== void 0 ? _b : 3),
    env: (_c = process.env.NODE_ENV) !== null && _c !== void 0 ? _c : "development",
};
