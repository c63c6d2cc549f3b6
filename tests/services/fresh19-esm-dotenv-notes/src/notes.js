import _ from 'lodash';
import { config } from './config.js';

let counter = 0;
const notes = [];

export function add(text) {
  if (!text || text.length > config.maxLength) {
    const err = new Error(`text must be 1-${config.maxLength} characters`);
    err.status = 422;
    throw err;
  }
  counter += 1;
  const note = { n: counter, text, pinned: false };
  notes.push(note);
  return note;
}

export function pin(n) {
  if (!config.pinning) {
    const err = new Error('pinning is disabled');
    err.status = 403;
    throw err;
  }
  const note = notes.find((x) => x.n === n);
  if (!note) return null;
  note.pinned = !note.pinned;
  return note;
}

export function page(p) {
  const sorted = _.orderBy(notes, ['pinned', 'n'], ['desc', 'desc']);
  return { page: p, pages: Math.ceil(notes.length / config.pageSize), items: _.chunk(sorted, config.pageSize)[p - 1] ?? [] };
}
