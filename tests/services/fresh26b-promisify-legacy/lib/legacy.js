// A legacy SDK with callback APIs, promisified by the app: one through util.promisify.custom
// (its promise version counts its own calls), one plainly (its callback path fills a cache).
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const util = require('node:util');

let users = null;
const prefs = new Map();
const calls = { custom: 0, plain: 0, reads: 0 };

function loadUsers(cb) {
  if (users) return process.nextTick(cb, null, users);
  fs.readFile(path.join(__dirname, '..', 'data', 'users.json'), 'utf8', (err, text) => {
    calls.reads++;
    if (err) return cb(err);
    users = JSON.parse(text);
    cb(null, users);
  });
}

function fetchUser(id, cb) {
  loadUsers((err, all) => {
    if (err) return cb(err);
    if (!all[id]) return cb(Object.assign(new Error('no user'), { code: 'ENOUSER' }));
    cb(null, { id, ...all[id] });
  });
}
fetchUser[util.promisify.custom] = (id) => {
  calls.custom++;
  return new Promise((resolve, reject) => fetchUser(id, (err, u) => (err ? reject(err) : resolve(u))));
};

function loadPrefs(id, cb) {
  calls.plain++;
  setImmediate(() => {
    if (!prefs.has(id)) prefs.set(id, { theme: 'light', seen: 0 });
    const p = prefs.get(id);
    p.seen++;
    cb(null, p);
  });
}

module.exports = { fetchUser, loadPrefs, calls, prefs };
