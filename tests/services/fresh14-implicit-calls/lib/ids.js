'use strict';

let counter = 0;

module.exports = {
  get next() {
    counter += 1;
    return counter;
  },
  get issued() {
    return counter;
  },
};
