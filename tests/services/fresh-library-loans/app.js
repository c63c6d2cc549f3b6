// A lending library: Book and Member classes, members with a loan limit by tier
// (a static map of tiers), loans kept on both sides, fines computed from a "day"
// counter advanced by a route; instanceof checks in a generic error handler.
const express = require('express');

class LibraryError extends Error {}
class LimitReached extends LibraryError {}
class NotAvailable extends LibraryError {}

class Book {
  constructor(isbn, title) {
    Object.assign(this, { isbn, title, borrowedBy: null, dueDay: null });
  }

  get available() {
    return this.borrowedBy === null;
  }
}

class Member {
  static TIERS = { basic: 1, gold: 3 };
  loans = [];
  fines = 0;

  constructor(name, tier = 'basic') {
    this.name = name;
    this.limit = Member.TIERS[tier] ?? 1;
  }

  borrow(book, today) {
    if (this.loans.length >= this.limit) throw new LimitReached(`${this.name} has ${this.loans.length} loan(s)`);
    if (!book.available) throw new NotAvailable(`${book.title} is out`);
    book.borrowedBy = this.name;
    book.dueDay = today + 7;
    this.loans.push(book.isbn);
  }

  giveBack(book, today) {
    const late = Math.max(0, today - book.dueDay);
    this.fines += late * 10;
    this.loans = this.loans.filter((isbn) => isbn !== book.isbn);
    Object.assign(book, { borrowedBy: null, dueDay: null });
    return late;
  }
}

const library = {
  day: 1,
  books: new Map([['111', new Book('111', 'Dune')], ['222', new Book('222', 'Emma')], ['333', new Book('333', 'Ulysses')]]),
  members: new Map([['ann', new Member('ann', 'gold')], ['bob', new Member('bob')]]),
};

const app = express();

app.post('/loans/:member/:isbn', (req, res) => {
  const member = library.members.get(req.params.member);
  const book = library.books.get(req.params.isbn);
  if (!member || !book) return res.sendStatus(404);
  member.borrow(book, library.day);
  res.status(201).json({ due: book.dueDay, loans: member.loans });
});

app.delete('/loans/:member/:isbn', (req, res) => {
  const member = library.members.get(req.params.member);
  const book = library.books.get(req.params.isbn);
  if (!member?.loans.includes(book?.isbn)) return res.status(404).json({ error: 'no such loan' });
  const late = member.giveBack(book, library.day);
  res.json({ late, fines: member.fines });
});

app.post('/days/:n', (req, res) => {
  library.day += Number(req.params.n);
  res.json({ day: library.day });
});

app.get('/books', (req, res) => {
  res.json([...library.books.values()].map(({ title, available, dueDay }) => ({ title, available, dueDay })));
});

app.use((err, req, res, next) => {
  if (err instanceof LimitReached) return res.status(429).json({ error: err.message });
  if (err instanceof NotAvailable) return res.status(409).json({ error: err.message });
  next(err);
});

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
