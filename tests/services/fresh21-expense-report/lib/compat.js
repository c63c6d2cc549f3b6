// Small shims so the service runs on Node 20 LTS and uses the built-ins where Node 22 has them.
const groupBy = Object.groupBy
  ? (items, fn) => Object.groupBy(items, fn)
  : (items, fn) => items.reduce((acc, item, i) => {
    const key = fn(item, i);
    (acc[key] ??= []).push(item);
    return acc;
  }, Object.create(null));

const withResolvers = Promise.withResolvers
  ? () => Promise.withResolvers()
  : () => {
    let resolve, reject;
    const promise = new Promise((res, rej) => { resolve = res; reject = rej; });
    return { promise, resolve, reject };
  };

const features = {
  groupBy: typeof Object.groupBy === 'function',
  withResolvers: typeof Promise.withResolvers === 'function',
  fromAsync: typeof Array.fromAsync === 'function',
  toSorted: typeof [].toSorted === 'function',
};

module.exports = { groupBy, withResolvers, features };
