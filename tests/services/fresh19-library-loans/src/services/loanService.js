const db = require('../db');
const config = require('../config');
const calendar = require('../utils/calendar');
const cache = require('./catalogCache');
const ApiError = require('../utils/ApiError');
const { getBook } = require('./bookService');
const { StatusCodes } = require('http-status-codes');

const fines = new Map(); // memberId -> cents

async function register({ name, email }) {
  if (db.where('members', (m) => m.email === email).length) throw ApiError.conflict('email already registered');
  return db.insert('members', { name, email, joined: calendar.today().toISODate() });
}

function member(id) {
  const m = db.get('members', id);
  if (!m) throw ApiError.notFound(`member ${id}`);
  return m;
}

async function checkout(memberId, bookId) {
  const m = member(memberId);
  const book = await getBook(bookId);
  const open = db.where('loans', (l) => l.memberId === m.id && !l.returned);
  if (open.length >= config.maxLoans) {
    throw new ApiError(StatusCodes.UNPROCESSABLE_ENTITY, 'loan limit reached', { limit: config.maxLoans });
  }
  if ((fines.get(m.id) || 0) > 0) {
    throw new ApiError(StatusCodes.PAYMENT_REQUIRED, 'outstanding fines', { cents: fines.get(m.id) });
  }
  if (book.available === 0) throw ApiError.conflict(`no copies of "${book.title}" available`);
  db.update('books', book.id, { available: book.available - 1 });
  cache.flushAll();
  return db.insert('loans', {
    memberId: m.id,
    bookId: book.id,
    out: calendar.today().toISODate(),
    due: calendar.dueDate().toISODate(),
    returned: null,
  });
}

async function giveBack(loanId) {
  const loan = db.get('loans', loanId);
  if (!loan) throw ApiError.notFound(`loan ${loanId}`);
  if (loan.returned) throw ApiError.conflict(`loan ${loanId} already returned on ${loan.returned}`);
  const late = calendar.daysLate(loan.due);
  const fine = late * config.finePerDay;
  if (fine) fines.set(loan.memberId, (fines.get(loan.memberId) || 0) + fine);
  db.update('loans', loan.id, { returned: calendar.today().toISODate(), late, fine });
  const book = db.get('books', loan.bookId);
  book.available += 1;
  cache.flushAll();
  return loan;
}

async function pay(memberId, cents) {
  const m = member(memberId);
  const owed = fines.get(m.id) || 0;
  if (cents > owed) throw new ApiError(StatusCodes.BAD_REQUEST, `only ${owed} cents owed`);
  fines.set(m.id, owed - cents);
  return { member: m.id, owed: owed - cents };
}

async function account(memberId) {
  const m = member(memberId);
  const loans = db.where('loans', (l) => l.memberId === m.id);
  return {
    ...m,
    fines: fines.get(m.id) || 0,
    open: loans.filter((l) => !l.returned).map((l) => ({ id: l.id, bookId: l.bookId, due: l.due, overdue: calendar.daysLate(l.due) })),
    history: loans.filter((l) => l.returned).length,
  };
}

module.exports = { register, checkout, giveBack, pay, account };
