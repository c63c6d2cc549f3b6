// Per-user storage quota, measured the way the browser client measures it: in bytes of UTF-8.
const LIMIT = 64;

const usage = new Map(); // user -> bytes used
const rejections = { count: 0, bytes: 0 };

function sizeOf(text) {
  return new Blob([text]).size;
}

function charge(user, bytes) {
  const used = usage.get(user) ?? 0;
  if (used + bytes > LIMIT) {
    rejections.count++;
    rejections.bytes += bytes;
    return false;
  }
  usage.set(user, used + bytes);
  return true;
}

function refund(user, bytes) {
  usage.set(user, Math.max(0, (usage.get(user) ?? 0) - bytes));
}

function report() {
  return {
    limit: LIMIT,
    users: Object.fromEntries([...usage].toSorted(([a], [b]) => a.localeCompare(b))),
    rejections: { ...rejections },
  };
}

module.exports = { sizeOf, charge, refund, report, LIMIT };
