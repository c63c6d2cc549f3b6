import { config } from '#core/config';

// a manual clock: tests and the /_admin/clock route move it
export const clock = {
  now: Number(String(config.clock.start).replaceAll('_', '')),
  advance(ms) {
    this.now += ms;
    return this.now;
  },
};
