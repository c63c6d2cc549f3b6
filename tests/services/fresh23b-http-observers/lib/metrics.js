// Observers registered when this module loads: a topic counter, a last-payload cache, and a
// one-shot welcome observer that removes itself through its own unobserve.
'use strict';
const { observe } = require('./observers');

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

module.exports = { byTopic, last, welcomes };
