const toCents = (amount) => Math.round(Number(amount) * 100);
const fmt = (cents) => (cents / 100).toFixed(2);

// Split `cents` among `n` people; the first `remainder` people pay one cent more.
function splitEvenly(cents, people) {
  const base = Math.floor(cents / people.length);
  let remainder = cents - base * people.length;
  return Object.fromEntries(people.map((p) => [p, base + (remainder-- > 0 ? 1 : 0)]));
}

module.exports = { toCents, fmt, splitEvenly };
