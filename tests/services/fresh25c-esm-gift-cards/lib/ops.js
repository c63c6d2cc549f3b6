// Operations written as plain functions over `this`, borrowed by the routes with call/apply, and a
// variadic `redeemAll` reading its `arguments` object.
export function topUp(amount) {
  this.balance += amount;
  return this.balance;
}

export function redeem(amount) {
  const taken = Math.min(amount, this.balance);
  this.balance -= taken;
  return taken;
}

export function redeemAll(amount) {
  // redeemAll(amount, card1, card2, ...) takes from the cards in turn
  let left = amount;
  const taken = [];
  for (let i = 1; i < arguments.length && left > 0; i++) {
    const got = redeem.call(arguments[i], left);
    left -= got;
    taken.push([arguments[i].code, got]);
  }
  return { taken, left };
}
