"use strict";
var __decorate = (this && this.__decorate) || function (decorators, target, key, desc) {
    var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
    if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
    else for (var i = decorators.length - 1; i >= 0; i--) if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
    return c > 3 && r && Object.defineProperty(target, key, r), r;
};
var __metadata = (this && this.__metadata) || function (k, v) {
    if (typeof Reflect === "object" && typeof Reflect.metadata === "function") return Reflect.metadata(k, v);
};
var __param = (this && this.__param) || function (paramIndex, decorator) {
    return function (target, key) { decorator(target, key, paramIndex); }
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.OrdersController = void 0;
const decorators_1 = require("../http/decorators");
const kitchen_1 = require("../services/kitchen");
let OrdersController = class OrdersController {
    kitchen = kitchen_1.kitchen;
    served = 0;
    place(table, items) {
        return this.kitchen.place(table, items);
    }
    async serve(id) {
        const order = await this.kitchen.serve(Number(id));
        this.served++;
        return { ...order, servedSoFar: this.served };
    }
    bill(table) {
        return this.kitchen.bill(Number(table));
    }
    stats() {
        return { calls: decorators_1.callCounts, served: this.served, kitchens: kitchen_1.Kitchen.instances };
    }
};
exports.OrdersController = OrdersController;
__decorate([
    (0, decorators_1.Post)(),
    (0, decorators_1.Counted)(),
    __param(0, (0, decorators_1.Body)('table')),
    __param(1, (0, decorators_1.Body)('items')),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Number, Array]),
    __metadata("design:returntype", void 0)
], OrdersController.prototype, "place", null);
__decorate([
    (0, decorators_1.Post)('/:id/serve'),
    (0, decorators_1.Guard)('waiter'),
    (0, decorators_1.Guard)('chef'),
    (0, decorators_1.Counted)(),
    __param(0, (0, decorators_1.Param)('id')),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [String]),
    __metadata("design:returntype", Promise)
], OrdersController.prototype, "serve", null);
__decorate([
    (0, decorators_1.Get)('/bill/:table'),
    (0, decorators_1.Counted)(),
    __param(0, (0, decorators_1.Param)('table')),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [String]),
    __metadata("design:returntype", void 0)
], OrdersController.prototype, "bill", null);
__decorate([
    (0, decorators_1.Get)('/stats'),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", []),
    __metadata("design:returntype", void 0)
], OrdersController.prototype, "stats", null);
exports.OrdersController = OrdersController = __decorate([
    (0, decorators_1.Controller)('/orders')
], OrdersController);
