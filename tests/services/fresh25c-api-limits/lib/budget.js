'use strict';
// A credit budget made by a factory: the balance lives in the closure; the caller keeps the
// functions it returns.
function makeBudget(credits) {
  let left = credits;
  const spent = [];
  return {
    spend(amount, why) {
      if (amount > left) return false;
      left -= amount;
      spent.push(why);
      return true;
    },
    refill(amount) {
      left = Math.min(credits, left + amount);
      return left;
    },
    get left() {
      return left;
    },
    spent: () => spent.slice(),
  };
}

module.exports = { makeBudget };
