'use strict';
const Bookmarks = require('../controllers/BookmarkController');
const tags = require('../controllers/tags');

// a declarative route table, mounted by a loop
module.exports = [
  { method: 'get', path: '/bookmarks', handler: Bookmarks.list },
  { method: 'post', path: '/bookmarks', handler: Bookmarks.create },
  { method: 'delete', path: '/bookmarks/:id', handler: Bookmarks.remove },
  { method: 'get', path: '/bookmarks/stats', handler: Bookmarks.stats, before: true },
  { method: 'put', path: '/tags/:from', handler: tags.rename },
  { method: 'get', path: '/tags/history', handler: tags.history },
];
