// The usual helpers: compose runs right to left, pipe left to right, tap runs a side effect.
export const compose = (...fns) => (x) => fns.reduceRight((acc, fn) => fn(acc), x);
export const pipe = (...fns) => (x) => fns.reduce((acc, fn) => fn(acc), x);
export const tap = (fn) => (x) => {
  fn(x);
  return x;
};
export const when = (pred, fn) => (x) => (pred(x) ? fn(x) : x);
export const map = (fn) => (xs) => xs.map(fn);
export const filter = (pred) => (xs) => xs.filter(pred);

// A step that counts how often it ran and what it saw, readable through a function on it.
export function counted(name, fn) {
  let runs = 0;
  const seen = [];
  const step = (x) => {
    runs += 1;
    seen.push(typeof x === 'string' ? x : JSON.stringify(x));
    if (seen.length > 3) seen.shift();
    return fn(x);
  };
  step.report = () => ({ name, runs, seen: [...seen] });
  return step;
}
