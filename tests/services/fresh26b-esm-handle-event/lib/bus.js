// An EventTarget bus; listeners may be objects with a handleEvent method (their `this` is the object).
export const bus = new EventTarget();

export class Job extends Event {
  constructor(type, detail) {
    super(type, { cancelable: true });
    this.detail = detail;
  }
}

export function publish(type, detail) {
  const event = new Job(type, detail);
  bus.dispatchEvent(event);
  return event.defaultPrevented;
}
