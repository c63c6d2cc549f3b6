'use strict';

const MemoryRepo = require('./memoryRepo');

function createRepos() {
  return {
    members: new MemoryRepo('m', [
      { name: 'Ana', apiKey: 'k-ana', role: 'member', inbox: [] },
      { name: 'Ben', apiKey: 'k-ben', role: 'member', inbox: [] },
      { name: 'Cy', apiKey: 'k-cy', role: 'member', inbox: [] },
      { name: 'Desk', apiKey: 'k-desk', role: 'librarian', inbox: [] },
    ]),
    books: new MemoryRepo('bk'),
    loans: new MemoryRepo('ln'),
    holds: new MemoryRepo('hd'),
    fines: new MemoryRepo('fn'),
  };
}

module.exports = { createRepos };
