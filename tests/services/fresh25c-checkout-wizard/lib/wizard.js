'use strict';
// The checkout wizard as a generator: each request hands the step's input to next() and gets the
// next prompt; the generator's locals are the checkout so far.
function* checkoutFlow(cartId) {
  const order = { cartId, steps: 0 };
  let input = yield { step: 'address' };
  while (!input || !input.city) {
    order.steps++;
    input = yield { step: 'address', error: 'city required' };
  }
  order.steps++;
  order.city = input.city;
  input = yield { step: 'shipping', options: ['standard', 'express'] };
  order.steps++;
  order.shipping = input.option === 'express' ? 'express' : 'standard';
  input = yield { step: 'payment' };
  order.steps++;
  if (input.method === 'voucher' && !input.code) {
    return { step: 'failed', reason: 'voucher code missing', order };
  }
  order.payment = input.method;
  return { step: 'done', order };
}

module.exports = { checkoutFlow };
