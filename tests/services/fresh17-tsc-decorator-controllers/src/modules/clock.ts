export const CLOCK = "CLOCK";

export class LogicalClock {
  private t = 0;
  now(): number {
    return ++this.t;
  }
}
