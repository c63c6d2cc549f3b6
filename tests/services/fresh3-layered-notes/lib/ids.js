// Id sequences per prefix, kept in this module and changed only through its functions.
const sequences = {};
let issued = 0;

function nextId(prefix) {
  sequences[prefix] = (sequences[prefix] || 0) + 1;
  issued++;
  return `${prefix}-${String(sequences[prefix]).padStart(3, '0')}`;
}

function resetSequence(prefix) {
  delete sequences[prefix];
}

module.exports = { nextId, resetSequence };
Object.defineProperty(module.exports, 'issued', { get: () => issued, enumerable: true });
