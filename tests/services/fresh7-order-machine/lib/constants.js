const STATES = Object.freeze({
  PENDING: 'pending',
  PAID: 'paid',
  SHIPPED: 'shipped',
  DELIVERED: 'delivered',
  CANCELLED: 'cancelled',
  REFUNDED: 'refunded',
  LOST: 'lost',
});

// event -> next state, per state; a state missing here is final.
const TRANSITIONS = Object.freeze({
  [STATES.PENDING]: Object.freeze({ pay: STATES.PAID, cancel: STATES.CANCELLED }),
  [STATES.PAID]: Object.freeze({ ship: STATES.SHIPPED, refund: STATES.REFUNDED, cancel: STATES.REFUNDED }),
  [STATES.SHIPPED]: Object.freeze({ deliver: STATES.DELIVERED, lose: STATES.LOST }),
  [STATES.LOST]: Object.freeze({ refund: STATES.REFUNDED, found: STATES.SHIPPED }),
  [STATES.DELIVERED]: Object.freeze({ refund: STATES.REFUNDED }),
});

const ROLES = Object.freeze({ pay: ['customer'], cancel: ['customer', 'staff'], ship: ['staff'], deliver: ['courier'], lose: ['courier'], found: ['courier'], refund: ['staff'] });

module.exports = { STATES, TRANSITIONS, ROLES };
