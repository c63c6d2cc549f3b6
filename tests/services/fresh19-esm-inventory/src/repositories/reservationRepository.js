const reservations = [];
let sequence = 1000;

export function addReservation(data) {
  const reservation = { number: `R${++sequence}`, ...data, status: 'held' };
  reservations.push(reservation);
  return reservation;
}

export function findReservation(number) {
  return reservations.find((r) => r.number === number);
}

export function reservationsFor(itemId) {
  return reservations.filter((r) => r.itemId === itemId);
}

export function allReservations() {
  return reservations;
}
