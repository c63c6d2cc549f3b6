'use strict';

const calls = {};

const handlers = {
  async sum({ numbers }) {
    return numbers.reduce((a, b) => a + b, 0);
  },
  async upper({ text }) {
    return String(text).toUpperCase();
  },
  async flaky(payload) {
    payload.attempts = (payload.attempts ?? 0) + 1;
    if (payload.attempts < payload.failTimes + 1) throw new Error(`attempt ${payload.attempts} failed`);
    return `ok after ${payload.attempts}`;
  },
};

for (const [name, fn] of Object.entries(handlers)) {
  handlers[name] = async function counted(payload) {
    calls[name] = (calls[name] ?? 0) + 1;
    return fn(payload);
  };
}

module.exports = { handlers, calls };
