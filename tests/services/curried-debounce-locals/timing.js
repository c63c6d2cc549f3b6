// debounce and throttle as people write them: the timer and the pending arguments in the closure.
function debounce(fn, ms) {
  let timer = null;
  let pending = [];
  const debounced = (arg) => {
    pending.push(arg);
    clearTimeout(timer);
    timer = setTimeout(() => {
      const batch = pending;
      pending = [];
      timer = null;
      fn(batch);
    }, ms);
  };
  debounced.pending = () => pending.length;
  return debounced;
}

function throttleCount(limit) {
  let used = 0;
  return () => (used < limit ? ++used : false);
}

module.exports = { debounce, throttleCount };
