import { addDays, formatISO, parseISO } from 'date-fns';
import config from '#config';

let ticks = 0;

export function nextBusinessDate() {
  ticks += 1;
  return formatISO(addDays(parseISO(config.epoch), ticks), { representation: 'date' });
}

export const clockTicks = () => ticks;
