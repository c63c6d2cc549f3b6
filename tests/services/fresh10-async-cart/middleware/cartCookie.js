let issued = 0;

function parseCookies(header = '') {
  return Object.fromEntries(header.split(';').map((p) => p.trim()).filter(Boolean).map((p) => {
    const i = p.indexOf('=');
    return [p.slice(0, i), decodeURIComponent(p.slice(i + 1))];
  }));
}

module.exports = function cartCookie(req, res, next) {
  const cookies = parseCookies(req.headers.cookie);
  if (cookies.cart) {
    req.cartId = cookies.cart;
  } else {
    issued += 1;
    req.cartId = `c${issued}`;
    res.cookie('cart', req.cartId, { httpOnly: true, sameSite: 'lax' });
  }
  res.set('X-Cart', req.cartId);
  next();
};
