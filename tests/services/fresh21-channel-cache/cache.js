// A price cache invalidated over a BroadcastChannel (so it works the same when the app is later
// split into worker threads), and a pricing "worker" reached through a MessageChannel.
const prices = new Map();
const invalidations = [];

const listener = new BroadcastChannel('price-invalidation');
listener.onmessage = ({ data }) => {
  invalidations.push(data.sku);
  prices.delete(data.sku);
};
listener.unref?.();

const publisher = new BroadcastChannel('price-invalidation');
publisher.unref?.();

function invalidate(sku) {
  publisher.postMessage({ sku });
}

module.exports = { prices, invalidations, invalidate };
