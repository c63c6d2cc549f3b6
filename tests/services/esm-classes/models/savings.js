import { Account } from './account.js';

export default class Savings extends Account {
  #rate;
  static kind = 'savings';

  constructor(owner, rate = 0.5) {
    super(owner);
    this.#rate = rate;
  }

  addInterest() {
    const interest = Math.round(this.balance * this.#rate) / 10;
    return interest > 0 ? this.deposit(interest) : this;
  }

  describe() { return `${Savings.kind} of ${this.owner} at ${this.#rate}`; }
}
