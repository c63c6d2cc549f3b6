// Issue 16, one row: private fields and methods, `#x in obj` (ES2022), in an instance kept as state.
const express = require('express');
const app = express();

class Vault {
  #secret;
  #opened = 0;
  constructor(secret) { this.#secret = secret; }
  #check(guess) { return guess === this.#secret; }
  open(guess) { if (!this.#check(guess)) return false; this.#opened++; return true; }
  get opened() { return this.#opened; }
  static isVault(o) { return #secret in o; }
}

const vault = new Vault('sesame');

app.post('/open/:guess', (req, res) => res.json({ open: vault.open(req.params.guess), opened: vault.opened }));
app.get('/check', (req, res) => res.json({ vault: Vault.isVault(vault), plain: Vault.isVault({}), keys: Object.keys(vault) }));

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
