import dayjs from 'dayjs';
import utc from 'dayjs/plugin/utc.js';
import customParseFormat from 'dayjs/plugin/customParseFormat.js';

dayjs.extend(utc);
dayjs.extend(customParseFormat);

export const parseStart = (text) => {
  const d = dayjs.utc(text, 'YYYY-MM-DD HH:mm', true);
  return d.isValid() ? d : null;
};

export const human = (iso) => dayjs.utc(iso).format('ddd D MMM YYYY, HH:mm');
export const icsStamp = (iso) => dayjs.utc(iso).format('YYYYMMDDTHHmmss[Z]');
export const plusMinutes = (iso, minutes) => dayjs.utc(iso).add(minutes, 'minute').toISOString();
