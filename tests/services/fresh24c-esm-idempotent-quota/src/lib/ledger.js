const payments = new Map();
let seq = 0;
let pending = 0;

const settle = () => new Promise((resolve) => setTimeout(resolve, 10));

export async function charge({ amount, currency = 'EUR', source }) {
  pending++;
  try {
    await settle();
    if (source === 'tok_declined') {
      const err = new Error('card declined');
      err.status = 402;
      throw err;
    }
    if (source === 'tok_crash') throw new Error('processor unavailable');
    const payment = { id: `pay_${++seq}`, amount, currency, status: 'authorized' };
    payments.set(payment.id, payment);
    return payment;
  } finally {
    pending--;
  }
}

export function capture(id) {
  const payment = payments.get(id);
  if (payment) payment.status = 'captured';
  return payment;
}

export const inFlight = () => pending;
