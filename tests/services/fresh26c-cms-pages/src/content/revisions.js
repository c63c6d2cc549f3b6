'use strict';
const { maxRevisions } = require('#util/env');
// pages.js requires this module and this module requires pages.js back: by the time
// rollback() runs, pages.js has finished loading
const pages = require('./pages');

const history = new Map();
let saved = 0;

exports.save = (id, page, editor) => {
  const list = history.get(id) ?? [];
  list.push({ n: ++saved, editor, snapshot: structuredClone(page) });
  history.set(id, list.slice(-maxRevisions));
};

exports.count = (id) => history.get(id)?.length ?? 0;

exports.list = (id) => (history.get(id) ?? []).map(({ n, editor, snapshot }) => ({ n, editor, title: snapshot.title }));

exports.rollback = (id) => {
  const list = history.get(id);
  const last = list?.at(-1);
  if (!last) throw new pages.PageError(409, `no revision of ${id}`);
  history.set(id, list.slice(0, -1));
  const page = pages.get(id);
  for (const key of Object.keys(page)) delete page[key];
  Object.assign(page, last.snapshot);
  return { restored: last.n, page };
};

exports.lastBy = (editor) => {
  const all = [...history.values()].flat();
  return all.findLast((r) => r.editor === editor)?.n ?? null;
};
