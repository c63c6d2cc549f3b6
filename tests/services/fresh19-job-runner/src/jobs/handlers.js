'use strict';
const { setTimeout: sleep } = require('node:timers/promises');

const flaky = new Map(); // key -> failures so far

module.exports = {
  async thumbnail({ width = 100, delay = 30 }) {
    await sleep(delay);
    return { width, height: Math.round(width * 0.75) };
  },
  async report({ rows = [] }) {
    await sleep(10);
    const total = rows.reduce((a, b) => a + b, 0);
    return { rows: rows.length, total };
  },
  async flaky({ key, failTimes = 1 }) {
    const failures = flaky.get(key) || 0;
    await sleep(5);
    if (failures < failTimes) {
      flaky.set(key, failures + 1);
      throw new Error(`transient failure ${failures + 1}`);
    }
    return { key, succeededAfter: failures };
  },
};
