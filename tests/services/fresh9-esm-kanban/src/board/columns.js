import { readFile } from 'node:fs/promises';

const url = new URL('../../data/columns.json', import.meta.url);
const config = JSON.parse(await readFile(url, 'utf8'));

export const COLUMNS = Object.freeze([...config.columns]);
export let wipLimit = { ...config.wipLimit };

export function setLimit(column, n) {
  wipLimit = { ...wipLimit, [column]: n };
  return wipLimit;
}
