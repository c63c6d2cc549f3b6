// A paginated "remote" source: fetchPage answers after a tick, with an opaque cursor.
const items = Array.from({ length: 23 }, (_, i) => ({
  id: i + 1,
  name: `item-${String(i + 1).padStart(2, '0')}`,
  price: ((i * 37) % 50) + 5,
  tags: i % 3 === 0 ? ['sale'] : i % 4 === 0 ? ['new', 'hot'] : [],
}));

let nextId = items.length + 1;
const calls = { pages: 0 };

const encode = (offset) => Buffer.from(`o:${offset}`).toString('base64url');
const decode = (cursor) => Number(Buffer.from(cursor, 'base64url').toString().slice(2));

async function fetchPage(cursor, size = 5) {
  await new Promise((resolve) => setImmediate(resolve));
  calls.pages += 1;
  const start = cursor ? decode(cursor) : 0;
  const page = items.slice(start, start + size);
  const end = start + page.length;
  return { items: page.map((it) => ({ ...it })), next: end < items.length ? encode(end) : null };
}

async function* everything(size) {
  let cursor = null;
  do {
    const page = await fetchPage(cursor, size);
    yield* page.items;
    cursor = page.next;
  } while (cursor);
}

function add(name, price, tags = []) {
  const item = { id: nextId++, name, price, tags };
  items.push(item);
  return item;
}

function remove(id) {
  const i = items.findIndex((it) => it.id === id);
  return i === -1 ? null : items.splice(i, 1)[0];
}

module.exports = { fetchPage, everything, add, remove, calls, encode };
