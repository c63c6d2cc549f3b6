"use strict";
var __decorate = (this && this.__decorate) || function (decorators, target, key, desc) {
    var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
    if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
    else for (var i = decorators.length - 1; i >= 0; i--) if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
    return c > 3 && r && Object.defineProperty(target, key, r), r;
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.store = exports.audit = exports.InventoryStore = exports.AuditLog = void 0;
const events_1 = require("events");
const config_1 = require("./config");
const models_1 = require("./models");
const decorators_1 = require("./decorators");
class AuditLog {
    constructor(prefix) {
        this.prefix = prefix;
        this.entries = [];
    }
    record(event, sku, qty) {
        this.entries.push(`${this.prefix}:${models_1.StockEvent[event]}:${sku}:${qty}`);
    }
    tail(n) {
        return this.entries.slice(-n);
    }
    get size() {
        return this.entries.length;
    }
}
exports.AuditLog = AuditLog;
let InventoryStore = class InventoryStore extends events_1.EventEmitter {
    constructor(audit, lowStock) {
        super();
        this.audit = audit;
        this.lowStock = lowStock;
        this.items = new Map();
        this.seq = 0;
    }
    add(name, category, qty) {
        const sku = `${category.charAt(0).toUpperCase()}-${String(++this.seq).padStart(3, "0")}`;
        const item = { sku, name, category, qty, reserved: 0 };
        this.items.set(sku, item);
        this.audit.record(models_1.StockEvent.Added, sku, qty);
        return item;
    }
    remove(sku, qty) {
        const item = this.mustGet(sku);
        if (item.qty < qty) {
            throw new models_1.HttpError(409, `only ${item.qty} of ${sku} left`);
        }
        item.qty -= qty;
        this.audit.record(models_1.StockEvent.Removed, sku, qty);
        if (item.qty <= this.lowStock) {
            this.audit.record(models_1.StockEvent.Low, sku, item.qty);
            this.emit("low", item);
        }
        return item;
    }
    restock(sku, qty) {
        const item = this.mustGet(sku);
        item.qty += qty;
        this.audit.record(models_1.StockEvent.Restocked, sku, qty);
        return item;
    }
    list(category) {
        const all = [...this.items.values()];
        return category ? all.filter((i) => i.category === category) : all;
    }
    mustGet(sku) {
        const item = this.items.get(sku);
        if (!item)
            throw new models_1.HttpError(404, `no item ${sku}`);
        return item;
    }
};
exports.InventoryStore = InventoryStore;
__decorate([
    decorators_1.counted
], InventoryStore.prototype, "add", null);
__decorate([
    decorators_1.counted
], InventoryStore.prototype, "remove", null);
__decorate([
    decorators_1.counted
], InventoryStore.prototype, "restock", null);
exports.InventoryStore = InventoryStore = __decorate([
    (0, decorators_1.registered)("InventoryStore")
], InventoryStore);
exports.audit = new AuditLog("inv");
exports.store = new InventoryStore(exports.audit, config_1.config.lowStock);
