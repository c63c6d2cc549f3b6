import dayjs from 'dayjs';
import utc from 'dayjs/plugin/utc.js';
import isBetween from 'dayjs/plugin/isBetween.js';
import customParseFormat from 'dayjs/plugin/customParseFormat.js';

dayjs.extend(utc);
dayjs.extend(isBetween);
dayjs.extend(customParseFormat);

export const parse = (s) => dayjs.utc(s, 'YYYY-MM-DD HH:mm', true);
export const hhmm = (d) => d.format('HH:mm');
export const overlaps = (a, b) => a.start.isBefore(b.end) && b.start.isBefore(a.end);
export { dayjs };
