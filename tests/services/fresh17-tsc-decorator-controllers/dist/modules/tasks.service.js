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
exports.TasksService = exports.AuditService = exports.Priority = void 0;
const container_1 = require("../framework/container");
const http_1 = require("../framework/http");
const clock_1 = require("./clock");
var Priority;
(function (Priority) {
    Priority[Priority["Low"] = 1] = "Low";
    Priority[Priority["Medium"] = 2] = "Medium";
    Priority[Priority["High"] = 3] = "High";
})(Priority || (exports.Priority = Priority = {}));
let AuditService = class AuditService {
    clock;
    trail = [];
    constructor(clock) {
        this.clock = clock;
    }
    write(what) {
        this.trail.push(`${this.clock.now()} ${what}`);
    }
};
exports.AuditService = AuditService;
exports.AuditService = AuditService = __decorate([
    (0, container_1.Injectable)(),
    __param(0, (0, container_1.Inject)(clock_1.CLOCK)),
    __metadata("design:paramtypes", [clock_1.LogicalClock])
], AuditService);
let TasksService = class TasksService {
    audit;
    clock;
    tasks = [];
    lastId = 0;
    constructor(audit, clock) {
        this.audit = audit;
        this.clock = clock;
    }
    create(title, priority = Priority.Medium) {
        if (!title?.trim())
            throw new http_1.HttpException(400, "title is required");
        const task = { id: ++this.lastId, title: title.trim(), priority, done: false, updatedAt: this.clock.now() };
        this.tasks.push(task);
        this.audit.write(`created #${task.id}`);
        return task;
    }
    complete(id) {
        const task = this.find(id);
        if (task.done)
            throw new http_1.HttpException(409, `#${id} already done`);
        task.done = true;
        task.updatedAt = this.clock.now();
        this.audit.write(`done #${id}`);
        return task;
    }
    remove(id) {
        const i = this.tasks.findIndex((t) => t.id === id);
        if (i < 0)
            throw new http_1.HttpException(404, `no task #${id}`);
        this.tasks.splice(i, 1);
        this.audit.write(`removed #${id}`);
        return { removed: id, left: this.tasks.length };
    }
    find(id) {
        const task = this.tasks.find((t) => t.id === id);
        if (!task)
            throw new http_1.HttpException(404, `no task #${id}`);
        return task;
    }
    list(open) {
        return this.tasks
            .filter((t) => open === undefined || t.done !== open)
            .sort((a, b) => b.priority - a.priority || a.id - b.id)
            .map((t) => ({ ...t, label: Priority[t.priority] }));
    }
};
exports.TasksService = TasksService;
exports.TasksService = TasksService = __decorate([
    (0, container_1.Injectable)(),
    __param(0, (0, container_1.Inject)(AuditService)),
    __param(1, (0, container_1.Inject)(clock_1.CLOCK)),
    __metadata("design:paramtypes", [AuditService,
        clock_1.LogicalClock])
], TasksService);
