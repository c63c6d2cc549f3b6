export class FakeClock {
  #now;

  constructor(iso) {
    this.#now = new Date(iso).getTime();
  }

  now() {
    return this.#now;
  }

  date() {
    return new Date(this.#now);
  }

  addMinutes(minutes) {
    this.#now += minutes * 60_000;
  }
}

export const systemClock = { now: () => Date.now(), date: () => new Date(), addMinutes() {} };
