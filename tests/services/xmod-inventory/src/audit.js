// Listens to the repository: a log kept in this module.
const repo = require('./repository');

const entries = [];
repo.on('created', (item) => entries.push(`+${item.sku}`));
repo.on('updated', (item) => entries.push(`~${item.sku}=${item.qty}`));
repo.once('created', () => entries.push('first item'));

module.exports = { tail: (n = 5) => entries.slice(-n) };
