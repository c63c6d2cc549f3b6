// A tagged template that caches each call site's compiled text by its strings array (the
// same array every time that site runs), and counts compilations and runs.
'use strict';
const compiled = new WeakMap();
const counts = { compiled: 0, runs: 0 };

function sql(strings, ...values) {
  let text = compiled.get(strings);
  if (!text) {
    counts.compiled++;
    text = strings.reduce((acc, s, i) => acc + '$' + i + s);
    compiled.set(strings, text);
  }
  counts.runs++;
  return { text, values };
}

module.exports = { sql, counts };
