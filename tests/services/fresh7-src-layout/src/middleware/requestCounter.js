let served = 0;

function requestCounter(req, res, next) {
  served += 1;
  res.setHeader('X-Served', served);
  next();
}

requestCounter.count = () => served;
module.exports = requestCounter;
