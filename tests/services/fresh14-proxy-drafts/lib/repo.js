'use strict';
const { track } = require('./tracker');
const { addComputed } = require('./computed');

const byId = new Map();
const revisions = {};
let seq = 0;

module.exports = {
  create(fields) {
    const id = `d${++seq}`;
    const doc = track(addComputed({ id, ...fields }));
    byId.set(id, doc);
    revisions[id] = [];
    return doc;
  },
  get: (id) => byId.get(id),
  revisions,
};
