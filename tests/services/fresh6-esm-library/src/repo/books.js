import store from '../store.js';

export function add(book) {
  store.books.set(book.isbn, { ...book, loanedTo: null, loans: 0 });
  store.touch();
  return store.books.get(book.isbn);
}

export const find = (isbn) => store.books.get(isbn);

export function all() {
  return [...store.books.values()];
}

export function setLoan(isbn, memberId) {
  const book = store.books.get(isbn);
  book.loanedTo = memberId;
  if (memberId) book.loans += 1;
  store.touch();
  return book;
}
