// A hand-written curry: collects arguments until the function's arity is reached.
function curry(fn) {
  return function curried(...args) {
    if (args.length >= fn.length) return fn.apply(this, args);
    return (...more) => curried.apply(this, [...args, ...more]);
  };
}

module.exports = curry;
