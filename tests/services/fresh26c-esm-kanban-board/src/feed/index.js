import { EventEmitter, on } from 'node:events';

export class BoardEvents extends EventEmitter {
  static #instances = 0;
  emitted = 0;

  constructor() {
    super();
    BoardEvents.#instances++;
  }

  static get instances() {
    return BoardEvents.#instances;
  }

  change(kind, task, extra = {}) {
    this.emitted++;
    this.emit('change', { kind, id: task.id, title: task.title, ...extra });
  }
}

export const events = new BoardEvents();
export const feed = [];

// the activity feed follows the board for as long as the process runs
(async () => {
  for await (const [change] of on(events, 'change')) {
    feed.unshift(change);
    feed.splice(5);
  }
})();
