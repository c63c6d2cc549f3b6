'use strict';
// A meter whose methods are arrow fields, handed around without their object.
class Meter {
  reads = 0;
  tick = () => { this.reads += 1; return this.reads; };
}

module.exports = new Meter();
