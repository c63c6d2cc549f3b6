"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.ledger = void 0;
const queue_1 = require("./queue");
const types_1 = require("../types");
class Ledger {
    constructor(currency) {
        this.currency = currency;
        this.revenue = 0;
        this.events = [];
        this.onShipped = (order) => {
            this.revenue += order.total;
            this.events.push(`+${order.id}`);
        };
    }
    note(kind, order) {
        this.events.push(`${kind}:${order.id}:${types_1.OrderStatus[order.status]}`);
    }
    summary() {
        return { currency: this.currency, revenue: this.revenue, events: this.events.slice(-4) };
    }
}
exports.ledger = new Ledger("EUR");
queue_1.queue.on("shipped", exports.ledger.onShipped);
queue_1.queue.on("retry", (o) => exports.ledger.note("retry", o));
queue_1.queue.on("failed", function (o) {
    exports.ledger.note("failed", o);
});
