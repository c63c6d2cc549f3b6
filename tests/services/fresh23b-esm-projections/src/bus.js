// The in-process event bus every module imports, and the log of every event it carried.
import { EventEmitter } from 'node:events';

export const bus = new EventEmitter();
export const journal = [];
let seq = 0;

export function record(type, data) {
  const event = { seq: ++seq, type, ...data };
  journal.push(event);
  bus.emit(type, event);
  bus.emit('*', event);
  return event;
}
