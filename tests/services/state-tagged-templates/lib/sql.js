'use strict';
// A query builder tag: each query it builds is logged in the module, with its parameters.
const log = [];

function sql(strings, ...values) {
  const text = strings.reduce((out, part, i) => out + '$' + i + part);
  log.push({ text, values });
  return { text, values };
}

sql.log = log;
module.exports = sql;
