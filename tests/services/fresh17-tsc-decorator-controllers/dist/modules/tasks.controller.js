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
exports.AuditController = exports.TasksController = void 0;
const http_1 = require("../framework/http");
const container_1 = require("../framework/container");
const tasks_service_1 = require("./tasks.service");
let TasksController = class TasksController {
    tasks;
    reads = 0;
    constructor(tasks) {
        this.tasks = tasks;
    }
    list(req) {
        this.reads++;
        const open = req.query.open === undefined ? undefined : req.query.open === "true";
        return { reads: this.reads, tasks: this.tasks.list(open) };
    }
    create(req) {
        const priority = tasks_service_1.Priority[req.body.priority];
        return this.tasks.create(req.body.title, priority);
    }
    async complete(req) {
        await new Promise((r) => setImmediate(r));
        return this.tasks.complete(Number(req.params.id));
    }
    remove(req) {
        return this.tasks.remove(Number(req.params.id));
    }
};
exports.TasksController = TasksController;
__decorate([
    (0, http_1.Get)(),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Object]),
    __metadata("design:returntype", void 0)
], TasksController.prototype, "list", null);
__decorate([
    (0, http_1.Post)("", 201),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Object]),
    __metadata("design:returntype", void 0)
], TasksController.prototype, "create", null);
__decorate([
    (0, http_1.Patch)("/:id/done"),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Object]),
    __metadata("design:returntype", Promise)
], TasksController.prototype, "complete", null);
__decorate([
    (0, http_1.Delete)("/:id"),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Object]),
    __metadata("design:returntype", void 0)
], TasksController.prototype, "remove", null);
exports.TasksController = TasksController = __decorate([
    (0, http_1.Controller)("/tasks"),
    __param(0, (0, container_1.Inject)(tasks_service_1.TasksService)),
    __metadata("design:paramtypes", [tasks_service_1.TasksService])
], TasksController);
let AuditController = class AuditController {
    audit;
    constructor(audit) {
        this.audit = audit;
    }
    trail() {
        return this.audit.trail.slice(-4);
    }
};
exports.AuditController = AuditController;
__decorate([
    (0, http_1.Get)(),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", []),
    __metadata("design:returntype", void 0)
], AuditController.prototype, "trail", null);
exports.AuditController = AuditController = __decorate([
    (0, http_1.Controller)("/audit"),
    __param(0, (0, container_1.Inject)(tasks_service_1.AuditService)),
    __metadata("design:paramtypes", [tasks_service_1.AuditService])
], AuditController);
