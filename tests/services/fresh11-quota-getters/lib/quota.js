'use strict';
const usage = require('./usage');
const Plan = require('../plans/registry');

const assignments = {};

// a view object whose fields are all computed from the usage module's state
function quotaView(tenant) {
  return {
    tenant,
    get plan() {
      return Plan.get(assignments[tenant]);
    },
    get used() {
      return usage.of(tenant).calls;
    },
    get remaining() {
      const left = this.plan.maxCalls - this.used;
      return Number.isFinite(left) ? Math.max(0, left) : 'unlimited';
    },
    get overBytes() {
      return usage.of(tenant).bytes > this.plan.maxKb * 1024;
    },
    toJSON() {
      const { tenant: t, used, remaining, overBytes } = this;
      return { tenant: t, plan: this.plan.name, used, remaining, overBytes };
    },
  };
}

module.exports = {
  quotaView,
  assign(tenant, planName) {
    assignments[tenant] = planName;
  },
  get assigned() {
    return Object.keys(assignments).length;
  },
};
