var crypto = require('crypto');
var plans = require('./plans');

var ADMIN_TOKEN = process.env.ADMIN_TOKEN || 'admin-dev-token';

// key -> account
var accounts = new Map([
  ['k_demo_free', { owner: 'demo', plan: 'free', used: 0, active: true }],
  ['k_acme_pro', { owner: 'acme', plan: 'pro', used: 0, active: true }],
]);
var rotations = 0;

function lookup(key) {
  var account = accounts.get(key);
  return account && account.active ? account : null;
}

function remaining(account) {
  var limit = plans[account.plan].monthlyUnits;
  return limit === Infinity ? 'unlimited' : Math.max(0, limit - account.used);
}

function charge(account, units) {
  account.used += units;
}

function issue(owner, plan) {
  var key = 'k_' + owner + '_' + plan;
  if (accounts.has(key)) return null;
  accounts.set(key, { owner: owner, plan: plan, used: 0, active: true });
  return key;
}

function rotate(oldKey) {
  var account = accounts.get(oldKey);
  if (!account || !account.active) return null;
  rotations += 1;
  var digest = crypto.createHash('sha256').update(oldKey + ':' + rotations).digest('hex').slice(0, 10);
  var newKey = 'k_' + account.owner + '_' + digest;
  account.active = false;
  accounts.set(newKey, Object.assign({}, account, { active: true }));
  return newKey;
}

function usage() {
  var out = {};
  accounts.forEach(function (account, key) {
    out[key] = { owner: account.owner, plan: account.plan, used: account.used, active: account.active };
  });
  return out;
}

module.exports = {
  ADMIN_TOKEN: ADMIN_TOKEN,
  lookup: lookup,
  remaining: remaining,
  charge: charge,
  issue: issue,
  rotate: rotate,
  usage: usage,
};
