const config = require('./config');
const { Wallet } = require('./wallet');

const wallets = new Map();
let feesCollected = 0;

function open(owner, opening) {
  if (wallets.has(owner)) return null;
  const wallet = new Wallet(owner, opening);
  wallets.set(owner, wallet);
  return wallet;
}

function transfer(from, to, amount) {
  const source = wallets.get(from);
  const target = wallets.get(to);
  if (!source || !target) throw new Error('unknown wallet');
  if (amount > config.limits.maxTransfer) throw new RangeError('transfer limit exceeded');
  const fee = Math.ceil(amount * config.feeRate);
  source.withdraw(amount + fee, { to, fee });
  try {
    target.deposit(amount);
  } catch (err) {
    source.deposit(amount + fee); // roll back
    throw err;
  }
  feesCollected += fee;
  return { fee, from: source.toJSON(), to: target.toJSON() };
}

module.exports = {
  open,
  transfer,
  find: (owner) => wallets.get(owner),
  totals: () => ({
    wallets: wallets.size,
    holdings: [...wallets.values()].reduce((sum, w) => sum + w.balance, 0),
    feesCollected,
  }),
};
