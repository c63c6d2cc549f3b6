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
exports.MenuController = void 0;
const decorators_1 = require("../http/decorators");
const kitchen_1 = require("../services/kitchen");
let MenuController = class MenuController {
    kitchen = kitchen_1.kitchen;
    list() {
        return [...this.kitchen.menu.values()];
    }
    add(name, price) {
        return this.kitchen.addItem(name, price);
    }
    remove(name) {
        return this.kitchen.removeItem(name);
    }
};
exports.MenuController = MenuController;
__decorate([
    (0, decorators_1.Get)(),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", []),
    __metadata("design:returntype", void 0)
], MenuController.prototype, "list", null);
__decorate([
    (0, decorators_1.Post)(),
    (0, decorators_1.Guard)('chef'),
    (0, decorators_1.Counted)(),
    __param(0, (0, decorators_1.Body)('name')),
    __param(1, (0, decorators_1.Body)('price')),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [String, Number]),
    __metadata("design:returntype", void 0)
], MenuController.prototype, "add", null);
__decorate([
    (0, decorators_1.Delete)('/:name'),
    (0, decorators_1.Guard)('chef'),
    __param(0, (0, decorators_1.Param)('name')),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [String]),
    __metadata("design:returntype", void 0)
], MenuController.prototype, "remove", null);
exports.MenuController = MenuController = __decorate([
    (0, decorators_1.Controller)('/menu')
], MenuController);
