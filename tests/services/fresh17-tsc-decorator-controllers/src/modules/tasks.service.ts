import { Inject, Injectable } from "../framework/container";
import { HttpException } from "../framework/http";
import { CLOCK, LogicalClock } from "./clock";

export enum Priority {
  Low = 1,
  Medium,
  High,
}

export interface Task {
  id: number;
  title: string;
  priority: Priority;
  done: boolean;
  updatedAt: number;
}

@Injectable()
export class AuditService {
  readonly trail: string[] = [];
  constructor(@Inject(CLOCK) private readonly clock: LogicalClock) {}
  write(what: string): void {
    this.trail.push(`${this.clock.now()} ${what}`);
  }
}

@Injectable()
export class TasksService {
  private readonly tasks: Task[] = [];
  private lastId = 0;

  constructor(
    @Inject(AuditService) private readonly audit: AuditService,
    @Inject(CLOCK) private readonly clock: LogicalClock,
  ) {}

  create(title: string, priority: Priority = Priority.Medium): Task {
    if (!title?.trim()) throw new HttpException(400, "title is required");
    const task = { id: ++this.lastId, title: title.trim(), priority, done: false, updatedAt: this.clock.now() };
    this.tasks.push(task);
    this.audit.write(`created #${task.id}`);
    return task;
  }

  complete(id: number): Task {
    const task = this.find(id);
    if (task.done) throw new HttpException(409, `#${id} already done`);
    task.done = true;
    task.updatedAt = this.clock.now();
    this.audit.write(`done #${id}`);
    return task;
  }

  remove(id: number): { removed: number; left: number } {
    const i = this.tasks.findIndex((t) => t.id === id);
    if (i < 0) throw new HttpException(404, `no task #${id}`);
    this.tasks.splice(i, 1);
    this.audit.write(`removed #${id}`);
    return { removed: id, left: this.tasks.length };
  }

  find(id: number): Task {
    const task = this.tasks.find((t) => t.id === id);
    if (!task) throw new HttpException(404, `no task #${id}`);
    return task;
  }

  list(open?: boolean): Array<Task & { label: string }> {
    return this.tasks
      .filter((t) => open === undefined || t.done !== open)
      .sort((a, b) => b.priority - a.priority || a.id - b.id)
      .map((t) => ({ ...t, label: Priority[t.priority] }));
  }
}
