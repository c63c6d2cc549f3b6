// Collects changes and "saves" them once things are quiet (a debounced flush).
const saved = [];
let pending = [];
let timer = null;

function queueSave(change) {
  pending.push(change);
  clearTimeout(timer);
  timer = setTimeout(() => {
    saved.push(pending.join('+'));
    pending = [];
  }, 20);
}

module.exports = { queueSave, saved: () => saved.slice() };
