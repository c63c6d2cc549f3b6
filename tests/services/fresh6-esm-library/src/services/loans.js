import * as books from '../repo/books.js';
import * as members from '../repo/members.js';
import { LIMIT } from '../config.js';

export class LoanError extends Error {
  constructor(message, status = 409) {
    super(message);
    this.status = status;
  }
}

export function lend(isbn, memberId) {
  const book = books.find(isbn);
  const member = members.get(memberId);
  if (!book || !member) throw new LoanError('unknown book or member', 404);
  if (book.loanedTo) throw new LoanError(`${book.title} is out`);
  if (member.borrowed.length >= LIMIT) throw new LoanError(`${member.name} has ${LIMIT} books already`);
  member.borrowed.push(isbn);
  return books.setLoan(isbn, memberId);
}

export function giveBack(isbn) {
  const book = books.find(isbn);
  if (!book?.loanedTo) throw new LoanError('not on loan', 400);
  const member = members.get(book.loanedTo);
  member.borrowed = member.borrowed.filter((b) => b !== isbn);
  return books.setLoan(isbn, null);
}
