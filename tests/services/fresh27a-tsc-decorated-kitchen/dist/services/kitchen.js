"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.kitchen = exports.Kitchen = void 0;
const errors_1 = require("../http/errors");
class Kitchen {
    static instances = 0;
    menu = new Map();
    orders = [];
    nextId = 1;
    constructor() {
        Kitchen.instances++;
    }
    addItem(name, price) {
        if (!name || !(price > 0))
            throw new errors_1.HttpError(400, 'name and price required');
        const item = { name, price, sold: 0 };
        this.menu.set(name, item);
        return item;
    }
    removeItem(name) {
        if (!this.menu.delete(name))
            throw new errors_1.HttpError(404, `no ${name} on the menu`);
        return { removed: name, left: this.menu.size };
    }
    place(table, items) {
        const lines = (items ?? []).map((name) => {
            const item = this.menu.get(name);
            if (!item)
                throw new errors_1.HttpError(400, `${name} is not on the menu`);
            return item;
        });
        if (lines.length === 0)
            throw new errors_1.HttpError(400, 'empty order');
        lines.forEach((item) => item.sold++);
        const order = {
            id: this.nextId++,
            table,
            items: lines.map((item) => item.name),
            total: lines.reduce((sum, item) => sum + item.price, 0),
            status: 'cooking',
        };
        this.orders.push(order);
        return order;
    }
    async serve(id) {
        const order = this.orders.find((o) => o.id === id);
        if (!order)
            throw new errors_1.HttpError(404, `order ${id} not found`);
        if (order.status === 'served')
            throw new errors_1.HttpError(409, `order ${id} already served`);
        await new Promise((resolve) => setImmediate(resolve));
        order.status = 'served';
        return order;
    }
    bill(table) {
        const open = this.orders.filter((o) => o.table === table);
        return { table, orders: open.map((o) => o.id), due: open.reduce((s, o) => s + o.total, 0) };
    }
}
exports.Kitchen = Kitchen;
exports.kitchen = new Kitchen();
