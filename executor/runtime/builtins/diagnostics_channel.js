'use strict';
// node:diagnostics_channel: dc-polyfill's reimplementation of Node's module (vendor/dc-polyfill,
// MIT licence, for platforms without one), with the patches that give it what Node 20 has:
// top-level subscribe/unsubscribe, bindStore/runStores, TracingChannel (traceSync,
// tracePromise, traceCallback) and its hasSubscribers. pino traces its JSON through one.
// Its registry of channels is a property of `process`, one per isolate.
const patches = [
  'patch-top-subscribe-unsubscribe', 'patch-channel-store-methods', 'patch-tracing-channel',
  'patch-tracing-channel-has-subscribers',
];
const dc = patches.reduce((made, name) => require(`vendor/dc-polyfill/${name}`)(made),
                          require('vendor/dc-polyfill/reimplementation'));

// Node defines a TracingChannel's five channels as read-only, not enumerable, properties.
const EVENTS = ['start', 'end', 'asyncStart', 'asyncEnd', 'error'];
const tracingChannel = dc.tracingChannel;
dc.tracingChannel = function (nameOrChannels) {
  const tc = tracingChannel(nameOrChannels);
  for (const name of EVENTS) {
    Object.defineProperty(tc, name, { value: tc[name], writable: false, enumerable: false, configurable: false });
  }
  return tc;
};
module.exports = dc;
