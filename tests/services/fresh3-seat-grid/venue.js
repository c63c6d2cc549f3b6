// A theatre: rows of seats as nested arrays, changed in place with the array mutators.
const ROWS = 4;
const COLS = 6;

const grid = Array.from({ length: ROWS }, () => new Array(COLS).fill('.'));
const holds = new Map(); // holder -> { seats: [[r, c]...], ttl }
const waitlist = [];

function hold(holder, row, from, count) {
  const line = grid[row];
  if (!line || line.slice(from, from + count).some((s) => s !== '.') || from + count > COLS) return null;
  line.fill('h', from, from + count);
  const seats = Array.from({ length: count }, (_, i) => [row, from + i]);
  holds.set(holder, { seats, ttl: 3 });
  return seats;
}

function confirm(holder) {
  const h = holds.get(holder);
  if (!h) return false;
  h.seats.forEach(([r, c]) => {
    grid[r][c] = 'X';
  });
  holds.delete(holder);
  return true;
}

// Every tick ages the holds; expired ones go back to free seats.
function tick() {
  const expired = [];
  for (const [holder, h] of holds.entries()) {
    h.ttl -= 1;
    if (h.ttl <= 0) {
      h.seats.forEach(([r, c]) => grid[r].splice(c, 1, '.'));
      holds.delete(holder);
      expired.push(holder);
    }
  }
  return expired;
}

// Moving a row's block of seats: copyWithin, as a stage manager reshuffling a row.
function shift(row, target, start, end) {
  grid[row].copyWithin(target, start, end);
}

module.exports = { grid, holds, waitlist, hold, confirm, tick, shift };
