import { readFile } from 'node:fs/promises';

const text = await readFile(new URL('./defaults.json', import.meta.url), 'utf8');
const loaded = JSON.parse(text);

export const config = Object.freeze({
  ...loaded,
  slotsPerShelf: Number(process.env.SLOTS ?? loaded.slotsPerShelf),
});
