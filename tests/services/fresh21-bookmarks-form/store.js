const bookmarks = [];
const hosts = new Map(); // host -> count
let lastId = 0;

function add({ url, title, tags }) {
  const host = new URL(url).host;
  const bm = { id: ++lastId, url, title: title || host, tags };
  bookmarks.push(bm);
  hosts.set(host, (hosts.get(host) ?? 0) + 1);
  return bm;
}

module.exports = { bookmarks, hosts, add };
