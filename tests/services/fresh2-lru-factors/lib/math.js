function primeFactors(n) {
  const factors = [];
  let rest = n;
  for (let p = 2; p * p <= rest; p++) {
    while (rest % p === 0) {
      factors.push(p);
      rest /= p;
    }
  }
  if (rest > 1) factors.push(rest);
  return factors;
}

const counted = (factors) =>
  factors.reduce((acc, p) => acc.set(p, (acc.get(p) ?? 0) + 1), new Map());

module.exports = { primeFactors, counted };
