import { runner } from './runner.js';

const entries = [];
const totals = { finished: 0, cancelled: 0, steps: 0 };

runner.on('finished', (task) => {
  totals.finished++;
  totals.steps += task.done;
  entries.push(`${task.id}:${task.name}:ok`);
});
runner.on('cancelled', (task) => {
  totals.cancelled++;
  entries.push(`${task.id}:${task.name}:cancelled@${task.done}`);
});

export const history = {
  totals,
  last: (n) => entries.slice(-n),
};
