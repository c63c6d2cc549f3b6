const feed = [];
let seq = 0;

function record(type, detail) {
  feed.unshift({ n: ++seq, type, ...detail });
  if (feed.length > 5) feed.length = 5;
}

module.exports = { feed, record };
