export default class Expense {
  static categories = new Set(['food', 'travel', 'office']);
  static #seq = 0;
  static created = 0;

  #amount = 0;

  constructor(description, amount, category, date) {
    this.id = `e${++Expense.#seq}`;
    this.description = description;
    this.amount = amount;
    this.category = Expense.categories.has(category) ? category : 'other';
    this.date = date;
    Expense.created++;
  }

  get amount() {
    return this.#amount;
  }

  set amount(value) {
    const cents = Math.round(Number(value) * 100);
    if (!Number.isFinite(cents) || cents <= 0) throw new RangeError(`invalid amount: ${value}`);
    this.#amount = cents;
  }

  static addCategory(name) {
    Expense.categories.add(name);
    return [...Expense.categories];
  }

  toJSON() {
    return { id: this.id, description: this.description, amount: this.#amount, category: this.category, date: this.date };
  }
}
