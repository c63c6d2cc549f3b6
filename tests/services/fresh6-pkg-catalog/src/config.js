// Loaded once, the first time someone asks; later calls get the cached object.
const fs = require('fs');
const path = require('path');

let cached = null;
let loads = 0;

module.exports = function getConfig() {
  if (cached === null) {
    loads += 1;
    cached = JSON.parse(fs.readFileSync(path.join(__dirname, '..', 'data', 'config.json'), 'utf8'));
  }
  return cached;
};
module.exports.loads = () => loads;
