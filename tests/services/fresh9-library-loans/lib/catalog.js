const { NotFoundError, ConflictError } = require('./errors');

class Catalog {
  #books = new Map();
  #loans = [];
  #nextLoan = 1;

  addBook({ isbn, title, copies = 1 }) {
    if (this.#books.has(isbn)) throw new ConflictError(`isbn ${isbn} exists`);
    const book = { isbn, title, copies, out: 0 };
    this.#books.set(isbn, book);
    return book;
  }

  book(isbn) {
    const book = this.#books.get(isbn);
    if (!book) throw new NotFoundError('book', isbn);
    return book;
  }

  lend(book, member) {
    if (book.out >= book.copies) {
      const waiting = this.#loans.findLast((l) => l.isbn === book.isbn && !l.returned);
      throw new ConflictError(`no copy of ${book.isbn} left`, new Error(`last lent to ${waiting.member}`));
    }
    book.out += 1;
    const loan = { id: this.#nextLoan++, isbn: book.isbn, member, returned: false };
    this.#loans.push(loan);
    return loan;
  }

  giveBack(loanId) {
    const loan = this.#loans.find((l) => l.id === loanId);
    if (!loan) throw new NotFoundError('loan', loanId);
    if (loan.returned) throw new ConflictError(`loan ${loanId} already returned`);
    loan.returned = true;
    this.#books.get(loan.isbn).out -= 1;
    return loan;
  }

  loansOf(member) {
    return this.#loans.filter((l) => l.member === member);
  }

  summary() {
    const open = this.#loans.filter((l) => !l.returned).length;
    return { books: this.#books.size, loans: this.#loans.length, open };
  }
}

module.exports = new Catalog();
