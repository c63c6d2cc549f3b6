const { Store } = require('./store');

const events = [];
const unsubscribe = Store.instance.subscribe((e) => events.push(`${e.type}:${e.item.sku}`));

module.exports = { events, unsubscribe };
