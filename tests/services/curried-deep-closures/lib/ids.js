// idMaker(prefix)(width)() -> 'INV-0001', 'INV-0002'...: three levels of functions, the counter in the
// middle one's closure, so each (prefix, width) pair made once counts on its own.
const idMaker = (prefix) => (width) => {
  let n = 0;
  return () => `${prefix}-${String(++n).padStart(width, '0')}`;
};

// A counter factory by step: step => start => next().
const stepper = (step) => (start = 0) => {
  let value = start;
  const next = () => (value += step);
  next.peek = () => value;
  return next;
};

module.exports = { idMaker, stepper };
