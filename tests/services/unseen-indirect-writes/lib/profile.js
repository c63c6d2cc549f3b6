const audit = require('./audit');

class Profile {
  constructor(name) { this._name = name; this.renames = 0; }
  get name() { return this._name; }
  set name(value) {
    audit.log(`rename ${this._name} -> ${value}`);
    this._name = value;
    this.renames += 1;
  }
}

module.exports = Profile;
