import dayjs from 'dayjs';
import config from '#config';

export class Task {
  static #seq = 0;
  static day;

  static {
    Task.day = dayjs(config.start);
  }

  #points = 1;
  column = config.columns[0];
  history = [];

  constructor({ title, points = 1, tags = [] }) {
    this.id = ++Task.#seq;
    this.title = title;
    this.points = points;
    this.tags = tags;
    this.created = Task.day.add(this.id - 1, 'day').format('YYYY-MM-DD');
  }

  get points() {
    return this.#points;
  }

  set points(v) {
    if (![1, 2, 3, 5, 8].includes(v)) throw new RangeError(`points must be fibonacci, got ${v}`);
    this.#points = v;
  }

  toJSON() {
    const { id, title, column, tags, created } = this;
    return { id, title, column, points: this.#points, tags, created, moves: this.history.length };
  }
}
