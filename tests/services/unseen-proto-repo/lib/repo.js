'use strict';
// Old-school constructor + prototype methods, as in many codebases written before classes.
function* sequence(start) {
  let n = start;
  while (true) yield n++;
}

function Repository(name) {
  this.name = name;
  this.rows = [];
  this.ids = sequence(100);
}

Repository.prototype.insert = function (fields) {
  const row = Object.assign({ id: this.ids.next().value }, fields);
  this.rows.push(row);
  Repository.writes++;
  return row;
};

Repository.prototype.find = function (id) {
  return this.rows.find(function (r) { return r.id === id; }) || null;
};

Repository.prototype.update = function (id, fields) {
  const row = this.find(id);
  if (!row) return null;
  Object.keys(fields).forEach(function (k) { if (k !== 'id') row[k] = fields[k]; });
  Repository.writes++;
  return row;
};

Repository.prototype.remove = function (id) {
  const i = this.rows.findIndex(function (r) { return r.id === id; });
  if (i === -1) return false;
  this.rows.splice(i, 1);
  Repository.writes++;
  return true;
};

Repository.writes = 0;

module.exports = { Repository: Repository, books: new Repository('books') };
