const { Router } = require('express');
const Wallet = require('../domain/wallet');
const { Money } = require('../domain/money');

class WalletRoutes {
  router = Router();
  #ops = 0;

  constructor() {
    this.router.post('/:owner', this.open);
    this.router.post('/:owner/deposit', this.deposit);
    this.router.post('/:owner/withdraw', this.withdraw);
    this.router.get('/:owner', this.show);
    this.router.post('/currencies/:code', (req, res) => res.json(Money.allow(req.params.code)));
  }

  open = (req, res) => {
    this.#ops++;
    const wallet = Wallet.open(req.params.owner, req.body?.currency);
    res.status(201).json({ wallet, wallets: Wallet.count, ops: this.#ops });
  };

  deposit = (req, res) => {
    this.#ops++;
    const wallet = Wallet.byOwner.get(req.params.owner);
    res.json(wallet?.deposit(req.body.cents) ?? { error: 'no wallet' });
  };

  withdraw = (req, res) => {
    this.#ops++;
    try {
      res.json(Wallet.byOwner.get(req.params.owner)?.withdraw(req.body.cents));
    } catch ({ message }) {
      res.status(422).json({ error: message, ops: this.#ops });
    }
  };

  show = (req, res) => {
    const wallet = Wallet.byOwner.get(req.params.owner);
    if (!wallet) return res.status(404).json({ error: 'no wallet' });
    const last = Number(req.query.last) || undefined;
    res.json({ ...wallet.toJSON(), isMoney: Money.isMoney(wallet.balance), history: wallet.history({ last }) });
  };
}

module.exports = WalletRoutes;
