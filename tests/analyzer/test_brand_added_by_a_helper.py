"""Babel 7.24+'s private methods: the constructor runs `_classPrivateMethodInitSpec(this, _Wallet_brand)`, a
helper whose body is `a.add(e)`, and every call of a private method checks the brand,
`_assertClassBrand(_Wallet_brand, this, _debit)` (`e.has(t)`). The instance made in main lives in a group's state
(a handler changes it); the brand set, never changed after main, was analysed as a copy of main's in each
fluxion's context (`scope`), whose element is main's instance, not the group's: every private method call
threw "Private element is not present on this object" (fresh27a-babel-subscriptions). The helper keeps the
`this` it is handed in the set it is handed, as `_Wallet_brand.add(this)` in the constructor would: the set is a
registry of the class, in the group of its instances."""
from .helpers import kind_of, same_group

SOURCE = """
    const express = require('express');
    function _classPrivateMethodInitSpec(e, a) { _checkPrivateRedeclaration(e, a), a.add(e); }
    function _checkPrivateRedeclaration(e, t) { if (t.has(e)) throw new TypeError("twice"); }
    function _assertClassBrand(e, t, n) { if ("function" == typeof e ? e === t : e.has(t)) return arguments.length < 3 ? t : n; throw new TypeError("Private element is not present on this object"); }
    var _Wallet_brand = new WeakSet();
    class Wallet {
      constructor() {
        _classPrivateMethodInitSpec(this, _Wallet_brand);
        this.balance = 0;
      }
      pay(n) { return _assertClassBrand(_Wallet_brand, this, _debit).call(this, n); }
    }
    function _debit(n) { this.balance -= n; return this.balance; }
    const wallet = new Wallet();
    const app = express();
    app.post('/pay', (req, res) => res.json({ left: wallet.pay(2) }));
    app.post('/top', (req, res) => { wallet.balance += 10; res.json({ left: wallet.balance }); });
"""


def test_a_set_a_helper_adds_the_instance_to_lives_with_the_instance():
    assert kind_of(SOURCE, "_Wallet_brand") == "share"
    assert same_group(SOURCE, "post_pay", "post_top")
