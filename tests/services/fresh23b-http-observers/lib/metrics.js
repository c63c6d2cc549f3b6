// Observers registered when this module loads: a topic counter, a last-payload cache, and a
// one-shot welcome observer that removes itself through its own unobserve; observer objects attached too.
'use strict';
const { observe, attach } = require('./observers');

const byTopic = {};
const last = {};
const welcomes = [];

observe((topic) => {
  byTopic[topic] = (byTopic[topic] ?? 0) + 1;
});
observe(function remember(topic, payload) {
  last[topic] = payload;
});
const stopWelcome = observe((topic, payload) => {
  if (topic === 'signup') {
    welcomes.push(payload.user);
    stopWelcome();
  }
});

class PayloadSizes {
  sizes = {};
  update(topic, payload) {
    this.sizes[topic] = (this.sizes[topic] ?? 0) + JSON.stringify(payload).length;
  }
}
const payloadSizes = new PayloadSizes();
attach(payloadSizes);
const detachAudit = attach({ seen: 0, update() { this.seen += 1; } });

module.exports = { byTopic, last, welcomes, payloadSizes, detachAudit };
