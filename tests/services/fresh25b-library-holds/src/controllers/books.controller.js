'use strict';

const { check, required, string, maxLen, intRange, pattern } = require('../lib/validate');
const { pageAfter } = require('../lib/paging');

const bookShape = {
  isbn: [required, string, pattern(/^(\d{10}|\d{13})$/, '10 or 13 digits')],
  title: [required, string, maxLen(80)],
  author: [required, string, maxLen(60)],
  copies: [intRange(1, 20)],
};

module.exports = ({ catalog }) => ({
  create(req, res) {
    const book = catalog.add(check(req.body, bookShape));
    res.status(201).location(`/books/${book.id}`).json(book);
  },
  show(req, res) {
    res.json(catalog.get(req.params.id));
  },
  list(req, res) {
    const { items, next } = pageAfter(catalog.search(req.query), req.query);
    if (next) res.set('X-Next-Cursor', next);
    res.json(items);
  },
});
