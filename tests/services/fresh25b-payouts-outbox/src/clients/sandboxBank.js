'use strict';

const { setImmediate: tick } = require('node:timers/promises');
const { ProviderError } = require('../lib/errors');

class SandboxBank {
  #script;
  calls = 0;
  transfers = [];

  constructor(script) {
    this.#script = [...script];
  }

  async transfer({ reference, iban, amountCents }) {
    await tick();
    this.calls += 1;
    const answer = this.#script.shift() ?? 'ok';
    if (answer !== 'ok') throw new ProviderError(Number(answer));
    const ref = `BNK${String(this.calls).padStart(5, '0')}`;
    this.transfers.push({ ref, reference, iban: `${iban.slice(0, 4)}****${iban.slice(-2)}`, amountCents });
    return { ref };
  }
}

module.exports = { SandboxBank };
