import type { Request } from "express";
import { Controller, Delete, Get, Patch, Post } from "../framework/http";
import { Inject } from "../framework/container";
import { AuditService, Priority, TasksService } from "./tasks.service";

@Controller("/tasks")
export class TasksController {
  private reads = 0;

  constructor(@Inject(TasksService) private readonly tasks: TasksService) {}

  @Get()
  list(req: Request) {
    this.reads++;
    const open = req.query.open === undefined ? undefined : req.query.open === "true";
    return { reads: this.reads, tasks: this.tasks.list(open) };
  }

  @Post("", 201)
  create(req: Request) {
    const priority = Priority[req.body.priority as keyof typeof Priority];
    return this.tasks.create(req.body.title, priority);
  }

  @Patch("/:id/done")
  async complete(req: Request) {
    await new Promise((r) => setImmediate(r));
    return this.tasks.complete(Number(req.params.id));
  }

  @Delete("/:id")
  remove(req: Request) {
    return this.tasks.remove(Number(req.params.id));
  }
}

@Controller("/audit")
export class AuditController {
  constructor(@Inject(AuditService) private readonly audit: AuditService) {}

  @Get()
  trail() {
    return this.audit.trail.slice(-4);
  }
}
