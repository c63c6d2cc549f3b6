export class ConflictError extends Error {
  status = 409;
}

export class BookingService {
  #bookings = [];
  #hours;
  #seq = 0;
  cancelled = 0;

  constructor(hours) {
    this.#hours = hours;
  }

  static async create(hours) {
    const service = new BookingService(hours);
    await new Promise((resolve) => setTimeout(resolve, 10)); // "connect"
    service.ready = true;
    return service;
  }

  get #active() {
    return this.#bookings.filter((b) => !b.cancelled);
  }

  slots(day) {
    const taken = new Set(this.#active.filter((b) => b.day === day).map((b) => b.hour));
    const out = [];
    for (let h = this.#hours.open; h < this.#hours.close; h++) out.push({ hour: h, free: !taken.has(h) });
    return out;
  }

  book({ day, hour, who }) {
    if (hour < this.#hours.open || hour >= this.#hours.close) {
      throw Object.assign(new Error('outside opening hours'), { status: 422 });
    }
    const clash = this.#active.find((b) => b.day === day && b.hour === hour);
    if (clash) {
      throw new ConflictError(`slot ${day} ${hour}:00 taken`, { cause: new Error(`booking ${clash.id}`) });
    }
    const booking = { id: ++this.#seq, day, hour, who, cancelled: false, notes: { internal: `by ${who}` } };
    this.#bookings.push(booking);
    return booking;
  }

  cancel(id) {
    const i = this.#bookings.findLastIndex((b) => b.id === id && !b.cancelled);
    if (i < 0) return null;
    this.#bookings[i].cancelled = true;
    this.cancelled++;
    return this.#bookings[i];
  }

  list(who) {
    return this.#active.filter((b) => !who || b.who === who);
  }
}
