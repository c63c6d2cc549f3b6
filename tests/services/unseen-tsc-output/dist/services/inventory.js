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
var __classPrivateFieldGet = (this && this.__classPrivateFieldGet) || function (receiver, state, kind, f) {
    if (kind === "a" && !f) throw new TypeError("Private accessor was defined without a getter");
    if (typeof state === "function" ? receiver !== state || !f : !state.has(receiver)) throw new TypeError("Cannot read private member from an object whose class did not declare it");
    return kind === "m" ? f : kind === "a" ? f.call(receiver) : f ? f.value : state.get(receiver);
};
var __classPrivateFieldSet = (this && this.__classPrivateFieldSet) || function (receiver, state, value, kind, f) {
    if (kind === "m") throw new TypeError("Private method is not writable");
    if (kind === "a" && !f) throw new TypeError("Private accessor was defined without a setter");
    if (typeof state === "function" ? receiver !== state || !f : !state.has(receiver)) throw new TypeError("Cannot write private member to an object whose class did not declare it");
    return (kind === "a" ? f.call(receiver, value) : f ? f.value = value : state.set(receiver, value)), value;
};
var _InventoryService_items, _InventoryService_version;
Object.defineProperty(exports, "__esModule", { value: true });
exports.inventory = exports.InventoryService = exports.NotFoundError = void 0;
class NotFoundError extends Error {
    constructor(sku) {
        super(`unknown sku ${sku}`);
        this.status = 404;
        this.name = "NotFoundError";
    }
}
exports.NotFoundError = NotFoundError;
const delay = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
class InventoryService {
    constructor() {
        _InventoryService_items.set(this, new Map());
        _InventoryService_version.set(this, 0);
        this.history = [];
    }
    get version() {
        return __classPrivateFieldGet(this, _InventoryService_version, "f");
    }
    add(sku, qty) {
        var _a;
        return __awaiter(this, void 0, void 0, function* () {
            var _b;
            yield delay(1);
            const current = (_a = __classPrivateFieldGet(this, _InventoryService_items, "f").get(sku)) !== null && _a !== void 0 ? _a : 0;
            __classPrivateFieldGet(this, _InventoryService_items, "f").set(sku, current + qty);
            __classPrivateFieldSet(this, _InventoryService_version, (_b = __classPrivateFieldGet(this, _InventoryService_version, "f"), _b++, _b), "f");
            this.history.push({ sku, qty });
            return current + qty;
        });
    }
    take(sku, qty) {
        return __awaiter(this, void 0, void 0, function* () {
            var _a;
            const current = __classPrivateFieldGet(this, _InventoryService_items, "f").get(sku);
            if (current === undefined)
                throw new NotFoundError(sku);
            if (current < qty)
                return { ok: false, left: current };
            yield delay(1);
            __classPrivateFieldGet(this, _InventoryService_items, "f").set(sku, current - qty);
            __classPrivateFieldSet(this, _InventoryService_version, (_a = __classPrivateFieldGet(this, _InventoryService_version, "f"), _a++, _a), "f");
            this.history.push({ sku, qty: -qty });
            return { ok: true, left: current - qty };
        });
    }
    snapshot() {
        return Object.fromEntries([...__classPrivateFieldGet(this, _InventoryService_items, "f")].sort(([a], [b]) => a.localeCompare(b)));
    }
}
exports.InventoryService = InventoryService;
_InventoryService_items = new WeakMap(), _InventoryService_version = new WeakMap();
exports.inventory = new InventoryService();
//# sourceMappingURL=inventory.js.map
