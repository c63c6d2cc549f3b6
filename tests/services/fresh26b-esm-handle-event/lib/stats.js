// A listener object (handleEvent) registered at startup: its own fields are the stats.
import { bus } from './bus.js';
import meter from './meter.js';

export const stats = {
  started: 0,
  failed: 0,
  byQueue: {},
  handleEvent(event) {
    if (event.type === 'started') {
      this.started += 1;
      this.byQueue[event.detail.queue] = (this.byQueue[event.detail.queue] ?? 0) + 1;
    } else if (event.type === 'failed') {
      this.failed += 1;
      if (this.failed % 2 === 0) meter.level = meter.level + 1;
    }
  },
};

bus.addEventListener('started', stats);
bus.addEventListener('failed', stats);
