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
var _OrderQueue_orders, _OrderQueue_pending, _OrderQueue_nextId, _OrderQueue_processed;
Object.defineProperty(exports, "__esModule", { value: true });
exports.queue = exports.OrderQueue = void 0;
const events_1 = require("events");
const types_1 = require("../types");
const pricing_1 = require("./pricing");
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
class OrderQueue extends events_1.EventEmitter {
    constructor(maxAttempts = 2) {
        super();
        _OrderQueue_orders.set(this, new Map());
        _OrderQueue_pending.set(this, []);
        _OrderQueue_nextId.set(this, 100);
        _OrderQueue_processed.set(this, 0);
        this.maxAttempts = maxAttempts;
        OrderQueue.instances++;
    }
    submit(customer, lines) {
        return __awaiter(this, void 0, void 0, function* () {
            var _a, _b;
            yield sleep(1);
            const total = lines.reduce((sum, l) => sum + pricing_1.Pricing.quote(l.sku, l.qty), 0);
            const order = { id: (__classPrivateFieldSet(this, _OrderQueue_nextId, (_b = __classPrivateFieldGet(this, _OrderQueue_nextId, "f"), _a = _b++, _b), "f"), _a), customer, lines, status: types_1.OrderStatus.Pending, total, attempts: 0 };
            __classPrivateFieldGet(this, _OrderQueue_orders, "f").set(order.id, order);
            __classPrivateFieldGet(this, _OrderQueue_pending, "f").push(order.id);
            this.emit("submitted", order);
            return order;
        });
    }
    processNext() {
        return __awaiter(this, void 0, void 0, function* () {
            var _a;
            const id = __classPrivateFieldGet(this, _OrderQueue_pending, "f").shift();
            if (id === undefined)
                return undefined;
            const order = __classPrivateFieldGet(this, _OrderQueue_orders, "f").get(id);
            order.status = types_1.OrderStatus.Processing;
            order.attempts++;
            yield sleep(2);
            if (order.lines.some((l) => l.qty > 5) && order.attempts < this.maxAttempts) {
                order.status = types_1.OrderStatus.Pending;
                __classPrivateFieldGet(this, _OrderQueue_pending, "f").push(id);
                this.emit("retry", order);
            }
            else if (order.lines.some((l) => l.qty > 5)) {
                order.status = types_1.OrderStatus.Failed;
                this.emit("failed", order);
            }
            else {
                order.status = types_1.OrderStatus.Shipped;
                __classPrivateFieldSet(this, _OrderQueue_processed, (_a = __classPrivateFieldGet(this, _OrderQueue_processed, "f"), _a++, _a), "f");
                this.emit("shipped", order);
            }
            return order;
        });
    }
    cancel(id) {
        const order = __classPrivateFieldGet(this, _OrderQueue_orders, "f").get(id);
        if (!order || order.status !== types_1.OrderStatus.Pending)
            return undefined;
        order.status = types_1.OrderStatus.Cancelled;
        __classPrivateFieldSet(this, _OrderQueue_pending, __classPrivateFieldGet(this, _OrderQueue_pending, "f").filter((p) => p !== id), "f");
        return order;
    }
    get(id) {
        return __classPrivateFieldGet(this, _OrderQueue_orders, "f").get(id);
    }
    get pendingIds() {
        return [...__classPrivateFieldGet(this, _OrderQueue_pending, "f")];
    }
    get processed() {
        return __classPrivateFieldGet(this, _OrderQueue_processed, "f");
    }
}
exports.OrderQueue = OrderQueue;
_OrderQueue_orders = new WeakMap(), _OrderQueue_pending = new WeakMap(), _OrderQueue_nextId = new WeakMap(), _OrderQueue_processed = new WeakMap();
OrderQueue.instances = 0;
exports.queue = new OrderQueue(2);
