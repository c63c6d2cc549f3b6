// Keeps what happened, fed by the store's subscription.
const log = [];
let version = 0;

exports.record = (state, prev, action) => {
  version += 1;
  log.push(`${version}:${action.type}${action.sku ? ':' + action.sku : ''}`);
  if (log.length > 5) log.shift();
};

exports.snapshot = () => ({ version, recent: [...log] });
