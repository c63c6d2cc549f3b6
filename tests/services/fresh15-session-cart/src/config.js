require('node:process');

const {
  PORT = 8080,
  SESSION_SECRET = 'keyboard cat',
  SESSION_NAME = 'cart.sid',
  MAX_LINE_QTY = 5,
  FREE_SHIPPING_FROM = 5000,
  SHIPPING_FEE = 495,
} = process.env;

module.exports = {
  port: Number(PORT),
  session: { secret: SESSION_SECRET, name: SESSION_NAME },
  maxLineQty: Number(MAX_LINE_QTY),
  freeShippingFrom: Number(FREE_SHIPPING_FROM),
  shippingFee: Number(SHIPPING_FEE),
};
