// The "worker": answers price requests on one end of a MessageChannel.
const { port1, port2 } = new MessageChannel();
const BASE = { apple: 120, pear: 90, fig: 300 };
const served = { requests: 0 };

port2.onmessage = ({ data }) => {
  served.requests++;
  const base = BASE[data.sku];
  port2.postMessage({ id: data.id, sku: data.sku, price: base === undefined ? null : Math.round(base * (1 + data.markup)) });
};

const waiting = new Map();
let nextId = 0;
port1.onmessage = ({ data }) => {
  waiting.get(data.id)?.(data);
  waiting.delete(data.id);
};
port1.unref();
port2.unref();

function quote(sku, markup) {
  const id = ++nextId;
  return new Promise((resolve) => {
    waiting.set(id, resolve);
    port1.postMessage({ id, sku, markup });
  });
}

module.exports = { quote, served };
