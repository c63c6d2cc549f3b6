var fs = require('fs');
var path = require('path');

var FILE = path.join(__dirname, 'data', 'notes.json');

function Store() {
  this.notes = [];
  this.loaded = false;
  this.writing = false;
  this.again = false;
  this.saves = 0;
}

Store.prototype.load = function (cb) {
  var self = this;
  fs.readFile(FILE, 'utf8', function (err, text) {
    if (err && err.code !== 'ENOENT') return cb(err);
    self.notes = err ? [] : JSON.parse(text);
    self.loaded = true;
    cb(null, self.notes.length);
  });
};

// One write at a time; a change during a write asks for one more afterwards.
Store.prototype.save = function () {
  var self = this;
  if (self.writing) { self.again = true; return; }
  self.writing = true;
  fs.mkdir(path.dirname(FILE), { recursive: true }, function () {
    fs.writeFile(FILE, JSON.stringify(self.notes), function (err) {
      self.writing = false;
      if (!err) self.saves++;
      if (self.again) { self.again = false; self.save(); }
    });
  });
};

Store.prototype.add = function (text) {
  var note = { id: this.notes.length + 1, text: text };
  this.notes.push(note);
  this.save();
  return note;
};

module.exports = new Store();
