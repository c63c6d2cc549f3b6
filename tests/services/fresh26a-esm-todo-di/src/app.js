// The composition root: a repository, a service and a controller wired by hand (no container), the
// instances handed straight to the app factory; a logical clock so that answers are the same each run.
import { createApp } from './http/create-app.js';
import { TodoRepository } from './repositories/todo.repository.js';
import { TodoService } from './services/todo.service.js';
import { TodoController } from './controllers/todo.controller.js';

let ticks = 0;
const clock = { tick: () => ++ticks };

export default createApp({ todos: new TodoController(new TodoService(new TodoRepository(), clock)) });
