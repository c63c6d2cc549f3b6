'use strict';
const seed = require('../../data/pages.json');
const revisions = require('./revisions');
const { slug } = require('#util/render');

class PageError extends Error {
  constructor(status, message, options) {
    super(message, options);
    this.status = status;
  }
}

function get(id) {
  const page = seed[id];
  if (!page) throw new PageError(404, `no page ${id}`);
  return page;
}

function list({ status } = {}) {
  return Object.entries(seed)
    .filter(([, p]) => !status || p.status === status)
    .map(([id, p]) => ({ id, title: p.title, status: p.status, revisions: revisions.count(id) }))
    .toSorted((a, b) => a.id.localeCompare(b.id));
}

function create({ title, body = '', author }) {
  const id = slug(title);
  if (Object.hasOwn(seed, id)) throw new PageError(409, `page ${id} exists`);
  seed[id] = { title, body, status: 'draft', author };
  return id;
}

function edit(id, changes, editor) {
  const page = get(id);
  revisions.save(id, page, editor);
  Object.assign(page, changes);
  page.editedBy = editor;
  return page;
}

function publish(id) {
  const page = get(id);
  if (page.status === 'published') throw new PageError(409, `${id} is already published`);
  page.status = 'published';
  return page;
}

// assigned onto the exports object revisions.js already holds (a cycle)
Object.assign(module.exports, { get, list, create, edit, publish, PageError });
