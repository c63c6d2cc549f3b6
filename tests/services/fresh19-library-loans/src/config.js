module.exports = {
  port: process.env.PORT || 4000,
  loanDays: 14,
  maxLoans: 2,
  finePerDay: 25, // cents
  today: process.env.LIBRARY_TODAY || '2026-01-10',
};
