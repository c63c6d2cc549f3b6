import { readFile } from 'node:fs/promises';
import path from 'node:path';

const roomsFile = path.join(import.meta.dirname, '..', 'data', 'rooms.json');

export const rooms = JSON.parse(await readFile(roomsFile, 'utf8'));

export default Object.freeze({
  port: Number(process.env.PORT ?? 5050),
  tz: 'UTC',
  slotMinutes: 30,
  maxHours: 3,
  cancelFee: 0.25,
});
